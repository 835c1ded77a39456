pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// "Say it in English": the phrases to practise, in English in every language, each with its
// meaning in the reader's language beside and a Listen in an English voice.
ColumnLayout {
    id: root

    property list<sayPhrase> phrases

    visible: root.phrases.length > 0
    spacing: Theme.gap

    Text {
        textFormat: Text.PlainText
        //: Practice step: English phrases to practise saying at the door
        text: qsTr("Say it in English")
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: root.phrases.length

        Rectangle {
            id: card

            required property int index
            readonly property sayPhrase phrase: root.phrases[index]

            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + Theme.margin
            radius: Theme.radius
            color: Theme.pathFill
            border.color: Theme.border

            ColumnLayout {
                id: cardColumn

                anchors.fill: parent
                anchors.margins: Theme.margin / 2
                spacing: Theme.gap / 2

                Text {
                    objectName: "sayEnglish"
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: card.phrase.english
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.subheadingSize
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    visible: card.phrase.meaning !== ""
                    textFormat: Text.PlainText
                    text: card.phrase.meaning
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.bodySize
                    color: Theme.mutedText
                }
                ListenButton {
                    Layout.fillWidth: true
                    //: Read-aloud: says a practice phrase in English
                    label: qsTr("Hear it in English")
                    speech: card.phrase.speech
                }
            }
        }
    }
}
