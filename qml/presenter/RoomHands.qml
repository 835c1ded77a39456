pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// A room question's show of hands, typed in by the presenter: one box a choice. The room sees
// the counts as bars. Kept in memory only, and gone with the slide.
ColumnLayout {
    id: root

    required property PresentationModel presentation

    /** The presenter is done typing: the keys turn slides again. */
    signal done()

    spacing: Theme.gap / 2

    Label {
        Layout.fillWidth: true
        //: Presenter view, room question: the boxes to type how many hands went up
        text: qsTr("Hands up for each choice (optional, never saved):")
        textFormat: Text.PlainText
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap
        Repeater {
            model: root.presentation.slideChoices.length

            RowLayout {
                id: choice

                required property int index
                readonly property string letter: index < root.presentation.slideChoices.length
                    ? root.presentation.slideChoices[index].letter : ""

                spacing: 4
                Label {
                    text: choice.letter
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                }
                SpinBox {
                    objectName: "hands-" + choice.index
                    from: 0
                    to: root.presentation.maxHands
                    editable: true
                    font.pixelSize: Theme.bodySize
                    //: Presenter view: the box for how many hands went up for a choice; %1 its letter
                    Accessible.name: qsTr("Hands for %1").arg(choice.letter)
                    onValueModified: root.presentation.setHands(choice.index, value)
                    Keys.onReturnPressed: root.done()
                    Keys.onEnterPressed: root.done()
                    Keys.onEscapePressed: root.done()
                }
            }
        }
    }
}
