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
    // By count, not by list: a new list of the same length (the next stage, the other language)
    // keeps the rows and changes their words, instead of destroying them under the layout.
    Repeater {
        model: root.sources.length
        delegate: Label {
            id: citation

            required property int index
            // A shorter list can reach a row just before the row itself goes: nothing to show then.
            readonly property string citationText: index < root.sources.length ? root.sources[index].citation : ""

            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: citation.citationText
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
