import QtQuick
import QtTest
import KnowTheLimits

// Presenter mode as a presenter drives it: clicker keys, the notes window following, the
// black screen, and leaving.
AppTestCase {
    id: testCase

    name: "Presentation"
    width: 400
    height: 300

    Component {
        id: presentationComponent
        Presentation {
            windowed: true
            audienceWidth: 800
            audienceHeight: 450
        }
    }

    // Stands in for the focused audience window: the clicker's keys reach handleKey().
    Item {
        id: keys
        property Presentation target: null
        anchors.fill: parent
        focus: true
        Keys.onPressed: event => keys.target.handleKey(event)
    }

    function start(address) {
        const p = createTemporaryObject(presentationComponent, testCase, { address: address })
        keys.target = p
        keys.forceActiveFocus()
        return p
    }

    function test_clickerKeysMoveThroughSlides() {
        const p = start("walkthrough/detainers-101")
        compare(p.presentation.count, 3)
        const title = findChild(p.audience.contentItem, "slideTitle")
        compare(title.text, "What is a detainer?")
        // The first step has a question for the room: the step first, then the question with
        // its choices by letter, then the answer, all on the step's slide.
        const question = findChild(p.audience.contentItem, "slideQuestion")
        const body = findChild(p.audience.contentItem, "slideBody")
        const answer = findChild(p.audience.contentItem, "slideAnswer")
        verify(body.visible && !question.visible && !answer.visible)
        keyClick(Qt.Key_PageDown)
        compare(title.text, "What is a detainer?")
        compare(question.text, "Is a detainer a command?")
        verify(question.visible && !body.visible && !answer.visible)
        keyClick(Qt.Key_PageDown)
        compare(title.text, "What is a detainer?")
        verify(answer.visible)
        compare(answer.text, "<p>Right: see <a href=\"source:cfr-287-7\">the rule</a>.</p>")
        keyClick(Qt.Key_PageDown)
        compare(title.text, "48 hours")
        verify(!question.visible)
        keyClick(Qt.Key_Space)
        compare(p.presentation.currentIndex, 2)
        keyClick(Qt.Key_Right) // past the end: stays
        compare(p.presentation.currentIndex, 2)
        keyClick(Qt.Key_PageUp)
        compare(p.presentation.currentIndex, 1)
        keyClick(Qt.Key_Home)
        compare(p.presentation.currentIndex, 0)
        keyClick(Qt.Key_End)
        compare(p.presentation.currentIndex, 2)
        keyClick(Qt.Key_Left)
        compare(p.presentation.currentIndex, 1)
    }

    function test_notesFollowTheSlide() {
        const p = start("walkthrough/detainers-101")
        const notes = findChild(p.notes.contentItem, "notesText")
        const next = findChild(p.notes.contentItem, "notesNext")
        compare(notes.text, "Ask the room what they think.")
        compare(next.text, "Next: the question for the room")
        const answer = findChild(p.notes.contentItem, "notesAnswer")
        compare(answer.text, "Question next (answer: B). Next asks the room.")
        keyClick(Qt.Key_PageDown) // asks the room
        compare(answer.text, "Answer: B. Let the room answer, then press Next or R to show it.")
        compare(next.text, "Next: the answer")
        keyClick(Qt.Key_PageDown) // shows the room the answer
        compare(answer.text, "The room sees the answer (B). Next moves on.")
        keyClick(Qt.Key_PageDown)
        compare(notes.text, "Weekends do not count.")
        verify(!answer.visible)
        keyClick(Qt.Key_PageDown)
        compare(next.text, "This is the last slide.")
        // Jumping from the notes window moves the audience view too.
        mouseClick(findChild(p.notes.contentItem, "jump-what"))
        compare(findChild(p.audience.contentItem, "slideTitle").text, "What is a detainer?")
    }

    function test_blackScreenToggles() {
        const p = start("walkthrough/detainers-101")
        const black = findChild(p.audience.contentItem, "blackout")
        verify(!black.visible)
        keyClick(Qt.Key_B)
        verify(black.visible)
        verify(p.presentation.blackout)
        keyClick(Qt.Key_Period)
        verify(!black.visible)
        mouseClick(findChild(p.notes.contentItem, "blackoutButton"))
        verify(black.visible)
    }

    function test_flowRevealsNodeByNode() {
        const p = start("flow/jail")
        const diagram = findChild(p.audience.contentItem, "slideDiagram")
        tryVerify(() => findChild(diagram, "diagramNode-held") !== null)
        verify(findChild(diagram, "diagramNode-law").visible)
        verify(!findChild(diagram, "diagramNode-held").visible)
        keyClick(Qt.Key_Down)
        verify(findChild(diagram, "diagramNode-held").visible)
        verify(!findChild(diagram, "diagramNode-released").visible)
        mouseClick(findChild(p.notes.contentItem, "jump-released")) // "what if…"
        verify(findChild(diagram, "diagramNode-released").visible)
    }

    function test_escapeLeaves() {
        const p = start("walkthrough/detainers-101")
        const spy = createTemporaryObject(signalSpy, testCase, { target: p, signalName: "finished" })
        keyClick(Qt.Key_Escape)
        compare(spy.count, 1)
    }

    function test_goToASlideByTypingItsNumber() {
        const p = start("flow/jail")
        const typed = findChild(p.notes.contentItem, "notesTypedNumber")
        verify(!typed.visible)
        keyClick(Qt.Key_3)
        verify(typed.visible, "the number typed so far shows in the notes")
        compare(typed.text, "Go to slide 3: press Enter (Esc to cancel)")
        keyClick(Qt.Key_Return)
        compare(p.presentation.currentIndex, 2)
        verify(!typed.visible)
        keyClick(Qt.Key_4)
        keyClick(Qt.Key_Escape) // forgets the number; the presentation goes on
        compare(p.presentation.typedNumber, "")
        verify(p.audience.visible || p.presentation.valid)
        keyClick(Qt.Key_Return)
        compare(p.presentation.currentIndex, 2)
    }

    function test_whiteScreenAndBlackScreenKeys() {
        const p = start("walkthrough/detainers-101")
        const white = findChild(p.audience.contentItem, "whiteScreen")
        const black = findChild(p.audience.contentItem, "blackout")
        keyClick(Qt.Key_W)
        verify(white.visible && !black.visible)
        keyClick(Qt.Key_Period)
        verify(black.visible && !white.visible, "one cover at a time")
        keyClick(Qt.Key_Comma)
        verify(white.visible && !black.visible)
        mouseClick(findChild(p.notes.contentItem, "whiteScreenButton"))
        verify(!white.visible)
    }

    function test_theGridOfAllSlides() {
        const p = start("flow/jail")
        const grid = findChild(p.notes.contentItem, "slideGridPanel")
        verify(!grid.visible)
        keyClick(Qt.Key_G)
        verify(grid.visible)
        const view = findChild(grid, "slideGrid")
        tryCompare(view, "count", 4)
        waitForRendering(view)
        const card = findChild(view, "gridSlide-2")
        verify(card, "a card for each slide")
        mouseClick(card)
        compare(p.presentation.currentIndex, 2)
        verify(!grid.visible, "picking a slide closes the grid")
        keyClick(Qt.Key_G)
        verify(grid.visible)
        keyClick(Qt.Key_Escape, Qt.NoModifier) // closes the grid, not the presentation
        verify(!grid.visible)
        verify(p.presentation.valid)
    }

    function test_aRoomQuizWithAShowOfHands() {
        const p = start("walkthrough/detainers-101")
        keyClick(Qt.Key_PageDown) // the question, to the room
        const hands = findChild(p.notes.contentItem, "roomHands")
        verify(hands.visible)
        const bars = findChild(p.audience.contentItem, "handBars")
        verify(!bars.visible, "no chart before any count")
        const boxA = findChild(hands, "hands-0")
        const boxB = findChild(hands, "hands-1")
        verify(boxA && boxB, "a box per choice")
        // (The notes window is not the active one here: typing into it is e2e_workshop's.)
        boxB.value = 12
        boxB.valueModified()
        tryVerify(() => bars.visible)
        compare(p.presentation.handBars[1].count, 12)
        keyClick(Qt.Key_R) // the answer, with its bar marked
        verify(p.presentation.answerShown)
        verify(p.presentation.handBars[1].isAnswer)
        keyClick(Qt.Key_PageDown)
        verify(!p.presentation.hasHands, "the count goes with the slide")
        verify(!bars.visible)
    }

    function test_aTopicIsPresentedSectionBySection() {
        const p = start("topic/partnerships")
        compare(p.presentation.count, 2)
        const body = findChild(p.audience.contentItem, "slideBody")
        verify(body.visible && body.text !== "")
        keyClick(Qt.Key_Z) // a close-up, undone by the next slide
        verify(p.presentation.zoomed)
        keyClick(Qt.Key_Right)
        verify(!p.presentation.zoomed)
    }

    function test_theCountdownGoesGentlyAmberWhenOver() {
        const p = start("walkthrough/detainers-101")
        const remaining = findChild(p.notes.contentItem, "notesRemaining")
        verify(!remaining.visible, "no countdown until a total is set")
        // (A real click on it is e2e_workshop's: the notes window is not the active one here.)
        findChild(p.notes.contentItem, "moreMinutesButton").clicked()
        compare(p.presentation.totalMinutes, 5)
        verify(remaining.visible)
        verify(remaining.text.startsWith("Left "))
        compare(remaining.color, Theme.text)
    }

    /** At 200 % text in Spanish the notes window keeps everything inside it: long labels wrap,
     *  and the left side scrolls instead of squeezing the notes away or cutting the buttons. */
    function test_largeTextNotesStayInTheWindow() {
        LanguageManager.setLanguage("es")
        Settings.textScale = 2
        const p = start("walkthrough/detainers-101")
        const notes = p.notes.contentItem
        waitForItemPolished(notes)
        wait(50)
        // Texts and buttons (what has text): the views' own content items may be wider.
        const past = descendants(notes, item => item.visible && item.width > 0 && item.text !== undefined
                                 && item.text !== "" && item.mapToItem(notes, item.width, 0).x > notes.width + 0.5)
        verify(past.length === 0, past.length + " items past the right edge, the first: "
               + (past.length ? past[0] + " " + (past[0].text || "") : ""))
        const notesText = findChild(notes, "notesText")
        verify(notesText.parent.parent.height >= Theme.subheadingSize * 4, "the notes keep a readable height")
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
