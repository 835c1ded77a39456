pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The presenter's screen: this slide's notes, what comes next, the time, and every slide (or
// every node of a flow) to jump to when the room asks "what if…". Its buttons take focus from
// Tab only, not from a click: after a click, Space and the arrows must still turn slides.
Rectangle {
    id: root

    required property PresentationModel presentation
    required property PresentationScreens screens

    signal leave()

    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: root.width * 0.6
            Layout.minimumWidth: 0
            clip: true
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText
                    objectName: "notesElapsed"
                    //: Presenter view: time since the presentation started
                    text: qsTr("Elapsed %1").arg(root.presentation.elapsed)
                    font.pixelSize: Theme.headingSize
                    color: Theme.text
                }
                Item {
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: root.presentation.clock
                    font.pixelSize: Theme.headingSize
                    color: Theme.mutedText
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "notesSlideTitle"
                Layout.fillWidth: true
                //: Presenter view: the slide being shown; %1 number, %2 count, %3 title
                text: qsTr("Now %1 / %2: %3").arg(root.presentation.currentIndex + 1).arg(root.presentation.count).arg(root.presentation.slideTitle)
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.notice
                border.color: Theme.noticeBorder
                radius: Theme.radius

                ScrollView {
                    id: notesScroll

                    anchors.fill: parent
                    anchors.margins: Theme.gap

                    Label {
                        textFormat: Text.PlainText
                        objectName: "notesText"
                        width: notesScroll.availableWidth
                        text: root.presentation.notes
                        font.pixelSize: Theme.subheadingSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
            // A room exercise: the answer, for the presenter's eyes, before the room sees it.
            Label {
                textFormat: Text.PlainText
                objectName: "notesAnswer"
                Layout.fillWidth: true
                visible: text !== ""
                text: root.presentation.presenterAnswer
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.correct
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                objectName: "notesNext"
                Layout.fillWidth: true
                text: root.presentation.nextTitle === "" ? qsTr("This is the last slide.")
                    //: Presenter view: the title of the next slide
                    : qsTr("Next: %1").arg(root.presentation.nextTitle)
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
                wrapMode: Text.Wrap
            }
            // Wraps rather than push into the jump list (six Spanish buttons are wide).
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                ActionButton {
                    focusOnClick: false
                    text: qsTr("Previous")
                    enabled: root.presentation.currentIndex > 0
                    onClicked: root.presentation.previous()
                }
                ActionButton {
                    focusOnClick: false
                    text: qsTr("Next")
                    highlighted: true
                    enabled: root.presentation.currentIndex + 1 < root.presentation.count
                    onClicked: root.presentation.next()
                }
                ActionButton {
                    focusOnClick: false
                    objectName: "blackoutButton"
                    text: root.presentation.blackout ? qsTr("Show the slide") : qsTr("Black screen")
                    onClicked: root.presentation.toggleBlackout()
                }
                ActionButton {
                    focusOnClick: false
                    objectName: "swapScreensButton"
                    //: Presenter view: move the slides to the other screen and the notes to this one
                    text: qsTr("Swap screens")
                    visible: root.screens.canSwap
                    onClicked: root.screens.swap()
                }
                ActionButton {
                    focusOnClick: false
                    text: qsTr("Restart the clock")
                    onClicked: root.presentation.restartClock()
                }
                ActionButton {
                    focusOnClick: false
                    text: qsTr("End")
                    onClicked: root.leave()
                }
                HideButton {
                    focusOnClick: false
                }
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: root.width * 0.4
            Layout.minimumWidth: 0
            spacing: Theme.gap

            // The what-if story's knobs, live: the room's "what if…?" answered on the slides.
            PresenterKnobs {
                objectName: "presenterKnobs"
                Layout.fillWidth: true
                visible: root.presentation.isWhatIf
                story: root.presentation.whatIf
                onChosen: root.forceActiveFocus()
            }
            Label {
                textFormat: Text.PlainText
                text: root.presentation.isFlow ? qsTr("Jump to any node") : qsTr("Jump to any step")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            ListView {
                objectName: "jumpList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 1
                clip: true
                model: root.presentation.slides
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: jump

                    focusPolicy: Qt.TabFocus // qmllint disable type property
                    required property slideEntry modelData

                    objectName: "jump-" + modelData.slideId
                    width: ListView.view.width
                    highlighted: root.presentation.currentIndex === modelData.index
                    text: modelData.label
                    font.pixelSize: Theme.smallSize
                    onClicked: root.presentation.currentIndex = modelData.index
                    contentItem: Text {
                        textFormat: Text.PlainText
                        text: jump.text
                        font: jump.font
                        color: jump.highlighted ? Theme.accent : Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
