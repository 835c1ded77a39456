pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// One step at a time: progress, the step, its question with explained feedback, back/next.
ScrollingPage {
    id: root

    objectName: "walkthroughPage"
    focus: true
    Keys.onLeftPressed: walkthrough.previous()
    Keys.onRightPressed: walkthrough.next()

    WalkthroughModel {
        id: walkthrough
        walkthroughId: Navigation.pageId
        stepId: Navigation.subId
        onStepChanged: Navigation.setSubId(stepId)
    }

    Label {
        Layout.fillWidth: true
        text: walkthrough.title
        font.pixelSize: Theme.subheadingSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.margin / 2
        Label {
            objectName: "stepProgress"
            //: Walkthrough progress; %1 is the step number, %2 the number of steps
            text: qsTr("Step %1 of %2").arg(walkthrough.currentIndex + 1).arg(walkthrough.stepCount)
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: walkthrough.stepCount
            value: walkthrough.currentIndex + 1
            Accessible.name: qsTr("Progress through the walkthrough")
        }
    }

    PageTitle {
        Layout.fillWidth: true
        text: walkthrough.stepTitle
    }
    ContentText {
        Layout.fillWidth: true
        html: walkthrough.stepBody
    }

    Rectangle {
        Layout.fillWidth: true
        visible: walkthrough.hasQuestion
        implicitHeight: quiz.implicitHeight + Theme.margin
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            id: quiz
            anchors.fill: parent
            anchors.margins: Theme.margin / 2
            spacing: Theme.gap

            Label {
                text: qsTr("Check your understanding")
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: Theme.mutedText
            }
            Label {
                Layout.fillWidth: true
                text: walkthrough.questionPrompt
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Repeater {
                model: walkthrough.choices
                delegate: ActionButton {
                    id: choice
                    required property var modelData
                    Layout.fillWidth: true
                    text: choice.modelData.text
                    font.pixelSize: Theme.bodySize
                    checkable: true
                    checked: walkthrough.chosenChoice === choice.modelData.choiceId
                    onClicked: walkthrough.choose(choice.modelData.choiceId)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: walkthrough.chosenChoice !== ""
                text: walkthrough.answeredCorrectly ? qsTr("Right.") : qsTr("Not quite.")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: walkthrough.answeredCorrectly ? Theme.correct : Theme.incorrect
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ContentText {
                Layout.fillWidth: true
                visible: walkthrough.chosenChoice !== ""
                html: walkthrough.feedback
            }
        }
    }

    SourceList {
        Layout.fillWidth: true
        sources: walkthrough.stepSources
    }

    RowLayout {
        Layout.fillWidth: true
        ActionButton {
            text: qsTr("Previous")
            enabled: !walkthrough.atStart
            font.pixelSize: Theme.bodySize
            onClicked: walkthrough.previous()
        }
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            text: walkthrough.atEnd ? qsTr("Back to the topic") : qsTr("Next")
            highlighted: true
            font.pixelSize: Theme.bodySize
            onClicked: walkthrough.atEnd ? Navigation.go("topic/" + walkthrough.topicId) : walkthrough.next()
        }
    }
}
