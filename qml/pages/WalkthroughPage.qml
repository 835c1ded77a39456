pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// One step at a time: progress, the step, its question with explained feedback, back/next.
ColumnLayout {
    id: root

    objectName: "walkthroughPage"
    spacing: 0
    focus: true
    Keys.onLeftPressed: walkthrough.previous()
    Keys.onRightPressed: walkthrough.next()
    Keys.forwardTo: [stepView] // up, down, page up and page down scroll the step

    WalkthroughModel {
        id: walkthrough
        walkthroughId: Navigation.pageId
        stepId: Navigation.subId
        onStepChanged: Navigation.setSubId(stepId)
    }

    // The step scrolls; the way forward and back stays in view at every window size.
    ScrollingPage {
        id: stepView

        Layout.fillWidth: true
        Layout.fillHeight: true

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: walkthrough.title
            font.pixelSize: Theme.subheadingSize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        PageTitle {
            Layout.fillWidth: true
            text: walkthrough.stepTitle
        }
        SpeakerLine {
            objectName: "stepSpeakerLine"
            Layout.fillWidth: true
            speaker: walkthrough.stepSpeaker
            line: walkthrough.stepLine
            english: walkthrough.stepLineEnglish
            speech: walkthrough.stepLineSpeech
        }
        ListenButton {
            objectName: "stepListen"
            Layout.fillWidth: true
            speech: walkthrough.stepSpeech
        }
        // A picture where one helps; decorative, so screen readers skip it (a drawn paper to
        // read is shown large, and the step's text says what each numbered mark points to).
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? (walkthrough.stepIllustrationLarge ? 420 : 180) * Theme.scale : 0
            visible: walkthrough.stepIllustration !== ""
            radius: Theme.radius
            color: Theme.surfaceAlt
            Accessible.ignored: true

            Image {
                objectName: "stepIllustration"
                anchors.fill: parent
                anchors.margins: Theme.gap
                source: walkthrough.stepIllustration
                fillMode: Image.PreserveAspectFit
                asynchronous: true
            }
        }
        ContentText {
            Layout.fillWidth: true
            html: walkthrough.stepBody
        }
        OtherLanguage {
            objectName: "stepOtherLanguage"
            Layout.fillWidth: true
            heading: walkthrough.stepTitleOther
            html: walkthrough.stepBodyOther
        }
        SayCards {
            objectName: "stepSayCards"
            Layout.fillWidth: true
            phrases: walkthrough.stepSay
        }

        Rectangle {
            Layout.fillWidth: true
            visible: walkthrough.hasQuestion
            implicitHeight: quiz.implicitHeight + Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            // One group named by its question, as a screen reader announces it.
            ColumnLayout {
                id: quiz

                anchors.fill: parent
                anchors.margins: Theme.margin / 2
                spacing: Theme.gap
                Accessible.role: Accessible.Grouping
                Accessible.name: walkthrough.questionPrompt

                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Check your understanding")
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    color: Theme.mutedText
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: walkthrough.questionPrompt
                    font.pixelSize: Theme.subheadingSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: Settings.bilingual && text !== ""
                    text: walkthrough.questionPromptOther
                    font.pixelSize: Theme.bodySize
                    font.italic: true
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
                Repeater {
                    id: choices

                    model: walkthrough.choices
                    delegate: ChoiceButton {
                        id: choice

                        required property quizChoice modelData
                        required property int index

                        objectName: "choice-" + choice.modelData.choiceId
                        Layout.fillWidth: true
                        text: choice.modelData.text
                        otherText: choice.modelData.textOther
                        // Looked up when the key comes: a binding to itemAt would not follow the
                        // Repeater as it makes the later answers.
                        onStepRequested: delta => choices.itemAt(Math.max(0, Math.min(choices.count - 1, choice.index + delta))).forceActiveFocus()
                        checked: walkthrough.chosenChoice === choice.modelData.choiceId
                        onClicked: {
                            walkthrough.choose(choice.modelData.choiceId)
                            // The verdict takes the keyboard, so a screen reader reads it out, and
                            // the explanation under it scrolls into view once it is laid out.
                            verdict.forceActiveFocus()
                            Qt.callLater(stepView.reveal, feedback)
                        }
                    }
                }
                // A Text, not a Label: only a Text keeps its alert role for screen readers (Qt 6.4).
                Text {
                    id: verdict

                    textFormat: Text.PlainText
                    objectName: "quizVerdict"
                    Layout.fillWidth: true
                    visible: walkthrough.chosenChoice !== ""
                    text: walkthrough.answeredCorrectly ? qsTr("Right.") : qsTr("Not quite.")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: walkthrough.answeredCorrectly ? Theme.correct : Theme.incorrect
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                    Accessible.description: Prose.plain(walkthrough.feedback)
                }
                ContentText {
                    id: feedback

                    objectName: "quizFeedback"
                    Layout.fillWidth: true
                    visible: walkthrough.chosenChoice !== ""
                    html: walkthrough.feedback
                }
                OtherLanguage {
                    Layout.fillWidth: true
                    visible: Settings.bilingual && walkthrough.chosenChoice !== "" && html !== ""
                    html: walkthrough.feedbackOther
                }
            }
        }

        SourceList {
            Layout.fillWidth: true
            sources: walkthrough.stepSources
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: navRow.implicitHeight + Theme.gap * 2
        color: Theme.surface
        border.color: Theme.border

        RowLayout {
            id: navRow

            anchors.fill: parent
            anchors.margins: Theme.gap
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.margin / 2

            ActionButton {
                text: qsTr("Previous")
                enabled: !walkthrough.atStart
                onClicked: walkthrough.previous()
            }
            Label {
                id: stepProgress

                textFormat: Text.PlainText
                objectName: "stepProgress"
                //: Walkthrough progress; %1 is the step number, %2 the number of steps
                text: qsTr("Step %1 of %2").arg(walkthrough.currentIndex + 1).arg(walkthrough.stepCount)
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
                // Gives up room before the buttons do (large text, a longer language): it wraps.
                Layout.fillWidth: true
                Layout.preferredWidth: implicitWidth
                Layout.minimumWidth: Theme.margin * 2
                wrapMode: Text.Wrap
            }
            ProgressBar {
                id: progress

                objectName: "walkthroughProgress"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, walkthrough.stepCount)
                value: walkthrough.currentIndex + 1
                Accessible.name: qsTr("Progress through the walkthrough")
                // Qt 6.4 gives a progress bar no value a screen reader can read, so it says the step.
                Accessible.description: stepProgress.text

                background: Rectangle {
                    implicitHeight: 8
                    radius: 4
                    color: Theme.surfaceAlt
                }
                contentItem: Item {
                    Rectangle {
                        width: parent.width * progress.position
                        height: parent.height
                        radius: 4
                        color: Theme.accent
                    }
                }
            }
            ActionButton {
                objectName: "presentButton"
                //: Starts presenter mode (full screen slides) for this walkthrough
                text: qsTr("Present")
                Accessible.description: qsTr("Show this walkthrough full screen, with notes for the presenter")
                onClicked: Navigation.present(walkthrough.stepAddress)
            }
            ActionButton {
                // May wrap to two lines rather than push the row off a small screen.
                Layout.minimumWidth: Math.min(implicitWidth, 96 * Theme.scale)
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                text: walkthrough.atEnd ? qsTr("Back to the topic") : qsTr("Next")
                highlighted: true
                onClicked: walkthrough.atEnd ? Navigation.go(walkthrough.topicAddress) : walkthrough.next()
            }
        }
    }
}
