import QtQuick
import QtTest
import KnowTheLimits

// Each page on its own: what a person does there, by mouse and by keyboard.
TestCase {
    id: testCase

    name: "Pages"
    when: windowShown
    visible: true // TestCase is hidden by default; the pages under test must get mouse events
    width: 1280
    height: 720

    Component { id: walkthroughPage; WalkthroughPage { width: testCase.width; height: testCase.height } }
    Component { id: flowPage; FlowPage { width: testCase.width; height: testCase.height } }
    Component { id: searchPage; SearchPage { width: testCase.width; height: testCase.height } }
    Component { id: glossaryPage; GlossaryPage { width: testCase.width; height: testCase.height } }
    Component { id: timelinePage; TimelinePage { width: testCase.width; height: testCase.height } }
    Component { id: settingsPage; SettingsPage { width: testCase.width; height: testCase.height } }

    function find(item, objectName) {
        if (!item)
            return null
        if (item.objectName === objectName)
            return item
        const children = item.children !== undefined ? item.children : []
        for (let i = 0; i < children.length; ++i) {
            const found = find(children[i], objectName)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return find(item.contentItem, objectName)
        return null
    }

    function init() {
        Navigation.clearHistory()
        LanguageManager.setLanguage("en")
        Settings.forgetAll()
        // Forgetting must put what is on screen back to the defaults by itself.
        compare(Settings.textScale, 1)
        compare(Settings.darkTheme, false)
    }

    function test_quizGivesExplainedFeedback() {
        verify(Navigation.go("walkthrough/detainers-101/what"))
        const page = createTemporaryObject(walkthroughPage, testCase)
        waitForRendering(page)
        const verdict = find(page, "quizVerdict")
        verify(!verdict.visible, "no verdict before an answer")
        mouseClick(find(page, "choice-yes"))
        tryCompare(verdict, "text", "Not quite.")
        verify(verdict.visible)
        verify(find(page, "quizFeedback").text.indexOf("it is a request") >= 0)
        mouseClick(find(page, "choice-no"))
        tryCompare(verdict, "text", "Right.")
        verify(find(page, "quizFeedback").text.indexOf("source:cfr-287-7") >= 0)
    }

    function test_flowToAnOutcomeAndBack() {
        verify(Navigation.go("flow/jail"))
        const page = createTemporaryObject(flowPage, testCase)
        tryCompare(find(page, "nodeTitle"), "text", "Does state law require honoring it?")
        mouseClick(find(page, "answer-yes"))
        compare(Navigation.subId, "held")
        tryCompare(find(page, "nodeTitle"), "text", "Held up to 48 hours")
        verify(find(page, "answer-yes") === null, "an outcome has no answers")
        mouseClick(find(page, "startOver"))
        compare(Navigation.subId, "law")
    }

    function test_diagramNodesJumpAndKeysZoom() {
        verify(Navigation.go("flow/jail"))
        const page = createTemporaryObject(flowPage, testCase)
        const diagram = find(page, "flowDiagram")
        tryVerify(() => find(diagram, "diagramNode-released") !== null)
        mouseClick(find(diagram, "diagramNode-released"))
        compare(Navigation.subId, "released")
        compare(find(page, "nodeTitle").text, "Released")

        diagram.forceActiveFocus()
        waitForRendering(diagram) // the view frames the new current node first
        const before = diagram.zoom
        keyClick(Qt.Key_Plus)
        verify(diagram.zoom > before)
        keyClick(Qt.Key_0)
        compare(diagram.zoom, before)
    }

    function test_outlineLinesJump() {
        verify(Navigation.go("flow/jail"))
        const page = createTemporaryObject(flowPage, testCase)
        const outline = find(page, "flowOutline")
        compare(outline.count, 4)
        find(page, "flowViews").currentIndex = 1
        tryVerify(() => find(outline, "outline-1") !== null)
        mouseClick(find(outline, "outline-1"))
        compare(Navigation.subId, "held")
    }

    function test_searchFindsAndOpens() {
        verify(Navigation.go("search"))
        const page = createTemporaryObject(searchPage, testCase)
        const field = find(page, "searchField")
        const results = find(page, "searchResults")
        field.forceActiveFocus()
        keyClick("r"); keyClick("e"); keyClick("q"); keyClick("u")
        tryVerify(() => results.count > 0)
        compare(find(page, "searchStatus").text, qsTr("%n result(s)", "", results.count))
        field.text = "zzzzqq"
        tryCompare(results, "count", 0)
        compare(find(page, "searchStatus").text, "Nothing found. Try another word or a shorter one.")
        field.text = "\"detainer*" // FTS5 syntax typed by a user is taken as plain words
        tryVerify(() => results.count > 0)
        keyClick(Qt.Key_Return)
        verify(Navigation.kind !== "search", "Enter opens the best hit")
    }

    function test_glossaryFiltersAsYouType() {
        const page = createTemporaryObject(glossaryPage, testCase)
        const list = find(page, "glossaryList")
        compare(list.count, 3)
        find(page, "glossaryFilter").forceActiveFocus()
        keyClick("n"); keyClick("a"); keyClick("n"); keyClick("d")
        tryCompare(list, "count", 1)
    }

    function test_timelineFilterByKind() {
        const page = createTemporaryObject(timelinePage, testCase)
        const list = find(page, "timelineList")
        compare(list.count, 2)
        mouseClick(find(page, "kind-case"))
        tryCompare(list, "count", 1)
        mouseClick(find(page, "kind-all"))
        tryCompare(list, "count", 2)
    }

    function test_displaySettings() {
        const page = createTemporaryObject(settingsPage, testCase)
        const base = Theme.bodySize
        mouseClick(find(page, "largerText"))
        compare(Settings.textScale, 1.1)
        verify(Theme.bodySize > base, "the type scale follows the text size")
        mouseClick(find(page, "darkTheme"))
        verify(Settings.darkTheme)
        verify(Theme.dark)
        mouseClick(find(page, "bilingual"))
        verify(Settings.bilingual)
        Settings.language = "es"
        mouseClick(find(page, "forgetProgress"))
        verify(!Settings.bilingual)
        verify(Settings.needsLanguageChoice, "the next person on a shared computer chooses again")
    }
}
