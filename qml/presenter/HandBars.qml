pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// The room's show of hands as bars, one a choice, the right one marked once the answer is
// shown. Large enough to read across a room; each bar says its count to a screen reader.
ColumnLayout {
    id: root

    required property PresentationModel presentation
    required property real unit

    spacing: root.unit * 0.2

    /** What a bar reads while the list shrinks under it. */
    property handBar noBar

    Repeater {
        model: root.presentation.handBars.length

        RowLayout {
            id: bar

            required property int index
            readonly property bool present: index < root.presentation.handBars.length
            readonly property handBar entry: present ? root.presentation.handBars[index] : root.noBar

            objectName: "handBar"
            Layout.fillWidth: true
            spacing: root.unit * 0.4
            Accessible.role: Accessible.StaticText
            Accessible.name: bar.present ? bar.entry.label : ""

            Text {
                Layout.preferredWidth: root.unit * 1.4
                text: bar.present ? bar.entry.letter : ""
                textFormat: Text.PlainText
                font.pixelSize: root.unit * 0.9
                font.bold: true
                color: Theme.text
            }
            Item {
                Layout.fillWidth: true
                implicitHeight: root.unit * 0.8
                Rectangle {
                    objectName: "handBarFill"
                    height: parent.height
                    width: Math.max(2, parent.width * (bar.present ? bar.entry.share : 0))
                    radius: Theme.radius / 2
                    color: bar.present && bar.entry.isAnswer ? Theme.correct : Theme.accent
                }
            }
            Text {
                Layout.preferredWidth: root.unit * 3
                text: bar.present ? bar.entry.count : ""
                textFormat: Text.PlainText
                font.pixelSize: root.unit * 0.9
                font.bold: bar.present && bar.entry.isAnswer
                color: Theme.text
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}
