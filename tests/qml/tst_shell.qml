import QtQuick
import QtTest
import KnowTheLimits

// The shell: the main window, its pages, navigation and the language switch.
TestCase {
    id: testCase

    name: "Shell"
    when: windowShown
    width: 1280
    height: 720

    Component {
        id: mainWindow
        Main {}
    }

    function findChild(item, objectName) {
        if (!item)
            return null
        if (item.objectName === objectName)
            return item
        const children = item.children !== undefined ? item.children : []
        for (let i = 0; i < children.length; ++i) {
            const found = findChild(children[i], objectName)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findChild(item.contentItem, objectName)
            if (found)
                return found
        }
        return null
    }

    function init() {
        Navigation.clearHistory()
        LanguageManager.setLanguage("en")
        Settings.language = "en" // past the first-run language choice
    }

    function test_homeListsTopics() {
        const window = createTemporaryObject(mainWindow, testCase)
        verify(window)
        const home = findChild(window.contentItem, "homePage")
        verify(home, "the home page is shown first")
        tryCompare(home, "topicCount", 2)
    }

    function test_navigatesToEachPage_data() {
        return [
            { tag: "topic", address: "topic/mandamus", page: "topicPage" },
            { tag: "walkthrough", address: "walkthrough/detainers-101/hours", page: "walkthroughPage" },
            { tag: "flow", address: "flow/jail/info", page: "flowPage" },
            { tag: "glossary", address: "glossary", page: "glossaryPage" },
            { tag: "sources", address: "sources", page: "sourcesPage" },
            { tag: "timeline", address: "timeline", page: "timelinePage" }
        ]
    }
    function test_navigatesToEachPage(data) {
        const window = createTemporaryObject(mainWindow, testCase)
        verify(Navigation.go(data.address))
        tryVerify(() => findChild(window.contentItem, data.page) !== null)
        compare(Navigation.address, data.address)
        verify(Navigation.back())
        tryVerify(() => findChild(window.contentItem, "homePage") !== null)
    }

    function test_noticeAndReviewDateAreVisible() {
        const window = createTemporaryObject(mainWindow, testCase)
        const notice = findChild(window.contentItem, "reviewedAsOf")
        verify(notice)
        compare(notice.text, "Reviewed as of November 28, 2026")
        verify(notice.visible)
        verify(findChild(window.contentItem, "disclaimer").text.indexOf("not legal advice") >= 0)
    }

    function test_languageSwitchKeepsThePage() {
        const window = createTemporaryObject(mainWindow, testCase)
        verify(Navigation.go("walkthrough/detainers-101/hours"))
        const spanish = findChild(window.header, "language-es")
        verify(spanish)
        mouseClick(spanish)
        compare(LanguageManager.language, "es")
        compare(Navigation.address, "walkthrough/detainers-101/hours")
        tryCompare(findChild(window.contentItem, "reviewedAsOf"), "text", "Revisado al 28 de noviembre de 2026")
        const progress = findChild(window.contentItem, "stepProgress")
        compare(progress.text, "Paso 2 de 3")
        mouseClick(findChild(window.header, "language-en"))
        compare(LanguageManager.language, "en")
        tryCompare(progress, "text", "Step 2 of 3")
    }

    Component {
        id: walkthroughPage
        WalkthroughPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_languageRoundTripOnEveryPage() {
        const window = createTemporaryObject(mainWindow, testCase)
        const glossaryLink = findChild(window.header, "glossaryLink")
        const pages = Navigation.allPages()
        verify(pages.length > 10)
        for (const address of pages) {
            verify(Navigation.go(address), address)
            const shown = Navigation.address
            LanguageManager.setLanguage("es")
            compare(Navigation.address, shown, "Spanish keeps " + address)
            compare(glossaryLink.text, "Glosario")
            LanguageManager.setLanguage("en")
            compare(Navigation.address, shown, "English again keeps " + address)
            compare(glossaryLink.text, "Glossary")
        }
    }

    function test_presentFromTheApp() {
        const window = createTemporaryObject(mainWindow, testCase)
        Navigation.present("walkthrough/detainers-101/hours")
        verify(window.presentation !== null, "presenter mode opened")
        compare(window.presentation.presentation.slideId, "hours")
        window.presentation.finished() // Esc, or "End" in the notes window
        tryVerify(() => window.presentation === null)
    }

    function test_walkthroughByKeyboard() {
        verify(Navigation.go("walkthrough/detainers-101"))
        const page = createTemporaryObject(walkthroughPage, testCase)
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

    function test_flowAnsweredToAnOutcome() {
        const window = createTemporaryObject(mainWindow, testCase)
        verify(Navigation.go("flow/jail"))
        const page = findChild(window.contentItem, "flowPage")
        tryVerify(() => page !== null)
        mouseClick(findChild(page, "answer-no"))
        compare(Navigation.subId, "info")
        mouseClick(findChild(page, "answer-"))
        compare(Navigation.subId, "released")
        compare(findChild(page, "nodeTitle").text, "Released")
        mouseClick(findChild(page, "startOver"))
        compare(Navigation.subId, "law")
    }
}
