import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// A practice step's spoken line: who speaks, their words large, and — for a reader of another
// language — the same words in English, as they would be heard at the door. Listen reads it.
Rectangle {
    id: root

    property string speaker
    property string line
    property string english
    property speechText speech

    visible: root.line !== ""
    implicitHeight: column.implicitHeight + 2 * Theme.margin / 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.accent
    border.width: 2

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.margin / 2
        spacing: Theme.gap / 2

        Text {
            textFormat: Text.PlainText
            text: root.speaker
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.mutedText
        }
        Text {
            objectName: "speakerLine"
            Layout.fillWidth: true
            textFormat: Text.PlainText
            text: root.line
            wrapMode: Text.Wrap
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: root.line
            Accessible.description: root.speaker
        }
        Text {
            objectName: "speakerLineEnglish"
            Layout.fillWidth: true
            visible: root.english !== ""
            textFormat: Text.PlainText
            text: root.english
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            font.italic: true
            color: Theme.mutedText
        }
        ListenButton {
            Layout.fillWidth: true
            //: Read-aloud: reads the officer's words of a practice step
            label: qsTr("Hear the officer")
            speech: root.speech
        }
    }
}
