pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The sources behind a piece of content: citation, and the address to check it.
ColumnLayout {
    id: root

    property list<sourceRef> sources

    visible: sources.length > 0
    spacing: Theme.gap / 2

    Label {
        textFormat: Text.PlainText
        text: qsTr("Sources")
        font.pixelSize: Theme.smallSize
        font.bold: true
        color: Theme.mutedText
    }
    Repeater {
        model: root.sources
        delegate: Label {
            textFormat: Text.PlainText
            required property sourceRef modelData
            Layout.fillWidth: true
            text: modelData.citation
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
