import QtQuick
import QtQuick.Templates as T
import QtTest
import KnowTheLimits

// A walkthrough, step by step: the self-check quiz, progress, and the keyboard.
AppTestCase {
    id: testCase

    name: "WalkthroughPage"

    Component { id: walkthroughPage; WalkthroughPage {} }

    function open(address) {
        verify(Navigation.go(address))
        const page = createPage(walkthroughPage)
        return page
    }

    function test_quizGivesExplainedFeedback() {
        const page = open("walkthrough/detainers-101/what")
        const verdict = findChild(page, "quizVerdict")
        verify(!verdict.visible, "no verdict before an answer")
        mouseClick(findChild(page, "choice-yes"))
        tryCompare(verdict, "text", "Not quite.")
        verify(verdict.visible)
        verify(findChild(page, "quizFeedback").text.indexOf("it is a request") >= 0)
        mouseClick(findChild(page, "choice-no"))
        tryCompare(verdict, "text", "Right.")
        verify(findChild(page, "quizFeedback").text.indexOf("source:cfr-287-7") >= 0)
    }

    function test_choicesAreOneRadioGroup() {
        const page = open("walkthrough/detainers-101/what")
        const yes = findChild(page, "choice-yes")
        const no = findChild(page, "choice-no")
        verify(yes instanceof T.RadioButton, "a choice is a radio button")
        verify(no instanceof T.RadioButton)
        verify(yes.autoExclusive && no.autoExclusive, "one answer of a group")
        compare(yes.parent, no.parent, "the answers share a group")
        verify(!yes.checked && !no.checked)
        mouseClick(yes)
        verify(yes.checked)
        mouseClick(no)
        verify(no.checked)
        verify(!yes.checked, "choosing one answer unchooses the other")
    }

    function test_upAndDownMoveBetweenChoicesNotSteps_data() {
        return [
            { tag: "up-down", forward: Qt.Key_Down, backward: Qt.Key_Up },
            { tag: "left-right", forward: Qt.Key_Right, backward: Qt.Key_Left }
        ]
    }
    function test_upAndDownMoveBetweenChoicesNotSteps(data) {
        const page = open("walkthrough/detainers-101/what")
        const yes = findChild(page, "choice-yes")
        const no = findChild(page, "choice-no")
        yes.forceActiveFocus()
        verify(yes.activeFocus)
        keyClick(data.forward)
        verify(no.activeFocus, "the next answer takes the keyboard")
        compare(Navigation.subId, "what", "the step stays")
        keyClick(data.forward) // past the last answer: stays there
        verify(no.activeFocus)
        compare(Navigation.subId, "what")
        keyClick(data.backward)
        verify(yes.activeFocus)
        keyClick(data.backward)
        verify(yes.activeFocus)
        compare(Navigation.subId, "what")
        verify(!yes.checked && !no.checked, "moving between answers chooses none")
    }

    function test_choosingByKeyboardMovesFocusToTheVerdict() {
        const page = open("walkthrough/detainers-101/what")
        const no = findChild(page, "choice-no")
        const verdict = findChild(page, "quizVerdict")
        const feedback = findChild(page, "quizFeedback")
        verify(!feedback.visible)
        no.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(no.checked)
        verify(verdict.activeFocus, "the verdict takes the keyboard, so it is read out")
        verify(verdict.visible)
        compare(verdict.text, "Right.")
        compare(verdict.Accessible.role, Accessible.AlertMessage)
        verify(verdict.Accessible.description.indexOf("see the rule") >= 0, verdict.Accessible.description)
        verify(feedback.visible, "the explanation shows")
        compare(Navigation.subId, "what")
    }

    function test_progressFollowsTheStep() {
        const page = open("walkthrough/detainers-101/what")
        const progress = findChild(page, "walkthroughProgress")
        const label = findChild(page, "stepProgress")
        compare(progress.to, 3)
        compare(progress.value, 1)
        compare(label.text, "Step 1 of 3")
        compare(progress.Accessible.description, "Step 1 of 3")
        mouseClick(findByText(page, "Next"))
        compare(Navigation.subId, "hours")
        compare(progress.value, 2)
        compare(label.text, "Step 2 of 3")
        mouseClick(findByText(page, "Next"))
        compare(progress.value, 3)
        compare(progress.position, 1)
        mouseClick(findByText(page, "Previous"))
        compare(progress.value, 2)
    }

    function test_nextGivesTheKeyboardToTheStepTitle() {
        const page = open("walkthrough/detainers-101/what")
        mouseClick(findByText(page, "Next"))
        compare(Navigation.subId, "hours")
        const title = descendants(page, item => item.text === "48 hours" && item.Accessible.role === Accessible.Heading)
        compare(title.length, 1)
        tryVerify(() => title[0].activeFocus, 5000, "the new step's heading has the keyboard")
    }

    function test_lastStepLeadsBackToTheTopic() {
        const page = open("walkthrough/detainers-101/end")
        verify(findByText(page, "Next") === null)
        mouseClick(findByText(page, "Back to the topic"))
        compare(Navigation.address, "topic/partnerships")
    }

    function test_walkthroughByKeyboard() {
        verify(Navigation.go("walkthrough/detainers-101"))
        const page = createPage(walkthroughPage)
        page.forceActiveFocus()
        keyClick(Qt.Key_Right)
        compare(Navigation.subId, "hours")
        keyClick(Qt.Key_Right)
        compare(Navigation.subId, "end")
        keyClick(Qt.Key_Right) // the last step stays the last
        compare(Navigation.subId, "end")
        keyClick(Qt.Key_Left)
        compare(Navigation.subId, "hours")
    }
}
