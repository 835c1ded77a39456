import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// A glossary definition or a citation, shown in place next to the link that asked for it.
// It takes the keyboard while open; Esc, Close or a click outside gives it back.
Popup {
    id: root

    /** What ContentStore.linkTarget gives: { heading, bodyHtml }. */
    property var target: ({})
    readonly property string heading: target.heading ?? ""
    readonly property string body: target.bodyHtml ?? ""
    /** Gets the keyboard back on close: Qt 6.4 leaves it nowhere, and a keyboard user lost their place. */
    property Item returnFocusTo

    padding: Theme.margin / 2
    margins: Theme.gap // stays inside the window, even for a link near its edge
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    Component.onCompleted: open()
    onClosed: if (root.returnFocusTo) root.returnFocusTo.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.accent
        border.width: 2
        radius: Theme.radius
    }
    // (Accessible attaches to an Item: the popup itself is not one.)
    contentItem: ColumnLayout {
        spacing: Theme.gap
        Accessible.role: Accessible.Dialog
        Accessible.name: root.heading

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: root.heading
            font.bold: true
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "definitionBody"
            Layout.fillWidth: true
            text: Prose.display(root.body, Theme.link)
            textFormat: Text.RichText
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.name: Prose.plain(root.body)
        }
        ActionButton {
            objectName: "definitionClose"
            text: qsTr("Close")
            focus: true
            onClicked: root.close()
        }
    }
}
