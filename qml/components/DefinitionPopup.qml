import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// A glossary definition or a citation, shown in place next to the link that asked for it.
Popup {
    id: root

    property string heading
    property string body

    padding: Theme.margin / 2
    focus: true
    Accessible.role: Accessible.Dialog
    Accessible.name: heading

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.accent
        radius: Theme.radius
    }
    contentItem: Column {
        spacing: Theme.gap

        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: root.heading
            font.bold: true
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            text: root.body
            textFormat: Text.RichText
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
