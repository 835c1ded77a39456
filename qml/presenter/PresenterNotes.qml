pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The presenter's screen: this slide's notes, what comes next, the time (elapsed, the countdown
// and this part's budget), a room question's show of hands, and every slide to jump to when the
// room asks "what if…", in a list and in a grid. Its buttons take focus from Tab only, not from
// a click: after a click, Space and the arrows must still turn slides.
Rectangle {
    id: root

    required property PresentationModel presentation
    required property PresentationScreens screens
    property bool gridShown: false

    signal leave()
    signal showGrid(bool shown)

    color: Theme.surface

    SlideGrid {
        objectName: "slideGridPanel"
        anchors.fill: parent
        z: 1
        visible: root.gridShown
        presentation: root.presentation
        onClosed: {
            root.showGrid(false)
            root.forceActiveFocus()
        }
    }

    RowLayout {
        anchors.fill: parent
        visible: !root.gridShown
        anchors.margins: Theme.margin
        spacing: Theme.margin

        // Scrolls when large text or a small screen leaves too little room: the notes keep a
        // readable height and every button stays reachable, instead of being squeezed or cut.
        Flickable {
            id: leftPane

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: root.width * 0.6
            Layout.minimumWidth: 0
            clip: true
            contentWidth: width
            contentHeight: leftColumn.height
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: leftColumn

            width: leftPane.width
            height: Math.max(implicitHeight, leftPane.height)
            spacing: Theme.gap

            // Wraps on a narrow notes window (Spanish labels are long) rather than cut the clock.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Label {
                    width: Math.min(implicitWidth, parent.width) // wraps, not cut, in a narrow pane
                    height: Math.max(moreMinutes.height, implicitHeight)
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    objectName: "notesElapsed"
                    //: Presenter view: time since the presentation started
                    text: qsTr("Elapsed %1").arg(root.presentation.elapsed)
                    font.pixelSize: Theme.headingSize
                    color: Theme.text
                }
                // The countdown: gently another colour once the talk runs over.
                Label {
                    height: moreMinutes.height
                    verticalAlignment: Text.AlignVCenter
                    textFormat: Text.PlainText
                    objectName: "notesRemaining"
                    visible: text !== ""
                    text: root.presentation.remaining
                    font.pixelSize: Theme.headingSize
                    font.bold: root.presentation.overTime
                    color: root.presentation.overTime ? Theme.overTime : Theme.text
                }
                ActionButton {
                    objectName: "fewerMinutesButton"
                    focusOnClick: false
                    compact: true
                    text: qsTr("−5 min")
                    //: Presenter view: shortens the talk's countdown
                    Accessible.name: qsTr("Five minutes less for the talk")
                    enabled: root.presentation.totalMinutes > 0
                    onClicked: root.presentation.addMinutes(-5)
                }
                ActionButton {
                    id: moreMinutes

                    objectName: "moreMinutesButton"
                    focusOnClick: false
                    compact: true
                    text: qsTr("+5 min")
                    //: Presenter view: lengthens the talk's countdown (from none: a 5-minute one)
                    Accessible.name: qsTr("Five minutes more for the talk")
                    onClicked: root.presentation.addMinutes(5)
                }
                Label {
                    height: moreMinutes.height
                    verticalAlignment: Text.AlignVCenter
                    textFormat: Text.PlainText
                    text: root.presentation.clock
                    font.pixelSize: Theme.headingSize
                    color: Theme.mutedText
                }
            }
            // A playlist: which part this is, and its own time against its budget.
            RowLayout {
                Layout.fillWidth: true
                visible: root.presentation.sectionPlace !== ""
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    objectName: "notesSectionPlace"
                    text: root.presentation.sectionPlace
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "notesSectionTime"
                    Layout.fillWidth: true
                    text: root.presentation.sectionTime
                    font.pixelSize: Theme.bodySize
                    font.bold: root.presentation.sectionOver
                    color: root.presentation.sectionOver ? Theme.overTime : Theme.mutedText
                    elide: Text.ElideRight
                }
            }
            // What a playlist could not show (a page that has gone since it was saved).
            Repeater {
                model: root.presentation.problems.length
                Label {
                    required property int index
                    objectName: "notesProblem"
                    Layout.fillWidth: true
                    text: index < root.presentation.problems.length ? root.presentation.problems[index] : ""
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.smallSize
                    color: Theme.incorrect
                    wrapMode: Text.Wrap
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "notesTypedNumber"
                Layout.fillWidth: true
                visible: root.presentation.typedNumber !== ""
                //: Presenter view: the slide number typed so far, before Enter
                text: qsTr("Go to slide %1: press Enter (Esc to cancel)").arg(root.presentation.typedNumber)
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                color: Theme.accent
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
                // Never squeezed away: a few lines of notes at the least.
                Layout.minimumHeight: Theme.subheadingSize * 6
                Layout.preferredHeight: Theme.subheadingSize * 6
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
            RoomHands {
                objectName: "roomHands"
                Layout.fillWidth: true
                visible: root.presentation.isQuestion
                presentation: root.presentation
                onDone: root.forceActiveFocus()
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
                    objectName: "whiteScreenButton"
                    text: root.presentation.whiteScreen ? qsTr("Show the slide") : qsTr("White screen")
                    onClicked: root.presentation.toggleWhiteScreen()
                }
                ActionButton {
                    focusOnClick: false
                    objectName: "closeUpButton"
                    //: Presenter view: enlarges the diagram around the current node, or the drawn paper (key Z)
                    text: root.presentation.zoomed ? qsTr("Whole slide") : qsTr("Close-up")
                    onClicked: root.presentation.toggleZoom()
                }
                ActionButton {
                    focusOnClick: false
                    objectName: "allSlidesButton"
                    //: Presenter view: shows every slide as a small card to pick from (key G)
                    text: qsTr("All slides")
                    onClicked: root.showGrid(true)
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
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Jump to any slide")
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
