import QtQuick
import QtTest
import KnowTheLimits

// The shell: the whole window (Main.qml), its pages, navigation, the header, the notice, the
// language switch and the keyboard shortcuts.
AppTestCase {
    id: testCase

    name: "Shell"
    visible: false // the app's own window is under test

    /** Main.qml, shown and with the keyboard (shortcuts work in the active window only). */
    function activeMain() {
        const window = createMain()
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window is active")
        settle(window.contentItem)
        return window
    }

    function test_navigatesToEachPage_data() {
        return [
            { tag: "topic", address: "topic/mandamus", page: "topicPage" },
            { tag: "walkthrough", address: "walkthrough/detainers-101/hours", page: "walkthroughPage" },
            { tag: "flow", address: "flow/jail/info", page: "flowPage" },
            { tag: "glossary", address: "glossary", page: "glossaryPage" },
            { tag: "glossary-term", address: "glossary/mandamus", page: "glossaryPage" },
            { tag: "sources", address: "sources", page: "sourcesPage" },
            { tag: "timeline", address: "timeline", page: "timelinePage" },
            { tag: "search", address: "search", page: "searchPage" },
            { tag: "settings", address: "settings", page: "settingsPage" }
        ]
    }
    function test_navigatesToEachPage(data) {
        const window = createMain()
        verify(Navigation.go(data.address))
        tryVerify(() => findChild(window.contentItem, data.page) !== null)
        compare(Navigation.address, data.address)
        verify(Navigation.back())
        tryVerify(() => findChild(window.contentItem, "homePage") !== null)
    }

    function test_headerLinksOpenPages_data() {
        return [
            { tag: "search", button: "searchButton", kind: "search" },
            { tag: "glossary", button: "glossaryLink", kind: "glossary" },
            { tag: "settings", button: "displayButton", kind: "settings" }
        ]
    }
    function test_headerLinksOpenPages(data) {
        const window = createMain()
        settle(window.contentItem)
        const button = findChild(window.header, data.button)
        verify(button && button.visible, data.button)
        verify(!button.highlighted)
        mouseClick(button)
        compare(Navigation.kind, data.kind)
        verify(button.highlighted, "the header shows which page is open")
    }

    function test_noticeAndReviewDateAreVisible() {
        const window = createMain()
        const notice = findChild(window.contentItem, "reviewedAsOf")
        verify(notice)
        compare(notice.text, "Sources checked through November 28, 2026")
        verify(notice.visible)
        verify(findChild(window.contentItem, "disclaimer").text.indexOf("not legal advice") >= 0)
    }

    // At large text in a narrow window the reference links fold into Menu, the name into
    // "Home", and the language switch and display button stay whole inside the header.
    function test_headerFoldsKeepingTheLanguageSwitch_data() {
        return [ { tag: "en 200%", lang: "en", scale: 2 }, { tag: "es 200%", lang: "es", scale: 2 },
                 { tag: "es 120%", lang: "es", scale: 1.2 } ]
    }
    function test_headerFoldsKeepingTheLanguageSwitch(data) {
        const window = createMain()
        LanguageManager.setLanguage(data.lang)
        Settings.textScale = data.scale
        window.width = 800
        settle(window.contentItem)
        const header = window.header
        // The header folds just after the layout pass that found it too wide.
        tryVerify(() => !header.oneLine, 2000, "the header folds")
        settle(window.contentItem)
        for (const name of ["language-en", "language-es", "displayButton"]) {
            const item = findChild(header, name)
            verify(item && item.visible, name + " is shown")
            tryVerify(() => item.mapToItem(header, 0, 0).x + item.width <= header.width + 0.5, 2000,
                      name + " lies inside the header: " + item.mapToItem(header, 0, 0).x + "+" + item.width)
            verify(!item.contentItem.truncated && item.contentItem.lineCount === 1, name + " on one line")
        }
        const home = findChild(header, "homeButton")
        const menuButton = findChild(header, "headerMenuButton")
        verify(menuButton.visible, "the links fold into Menu")
        // The menu is made on the first click (HeaderMenuPopup.qml), with every reference page.
        verify(!menuButton.menu, "no menu before it is wanted")
        mouseClick(menuButton)
        tryVerify(() => menuButton.menu && menuButton.menu.opened, 2000, "the menu opens")
        verify(findChild(menuButton.menu, "workshopMenuItem"), "the workshop page is in the menu")
        compare(findChild(menuButton.menu, "menuHome").visible, !home.visible, "Home is in the menu when the name is not in the header")
        menuButton.menu.close()
        verify(!findChild(header, "searchButton").visible)
        verify(!home.visible || home.contentItem.lineCount === 1, "the app's name on one line, or in the menu")
        verify(header.height < window.height * 0.2, "the header keeps to one line: " + header.height)
        Settings.textScale = 1
        window.width = 1280
        tryVerify(() => findChild(header, "searchButton").visible, 2000, "with room, the links are back in the header")
    }

    function test_noticeIsOneLineUntilMore() {
        const window = createMain()
        Settings.textScale = 1.5 // large text in a narrow window: the notice cannot fit one line
        window.width = 800
        settle(window.contentItem)
        const disclaimer = findChild(window.contentItem, "disclaimer")
        const reviewed = findChild(window.contentItem, "reviewedAsOf")
        const more = findChild(window.contentItem, "noticeMore")
        const bar = disclaimer.parent.parent
        compare(disclaimer.maximumLineCount, 1)
        tryCompare(disclaimer, "lineCount", 1)
        verify(disclaimer.truncated, "the rest of the notice is cut, not wrapped")
        verify(!reviewed.visible, "the review date waits behind More in a narrow window")
        compare(more.text, "More")
        compare(more.Accessible.name, "Show all of the notice")
        const oneLine = bar.height
        mouseClick(more)
        tryVerify(() => disclaimer.lineCount > 1, 5000, "More shows all of the notice")
        verify(!disclaimer.truncated)
        verify(reviewed.visible)
        compare(more.text, "Less")
        tryVerify(() => bar.height > oneLine, 5000, "the bar grows for it")
        mouseClick(more)
        tryCompare(disclaimer, "lineCount", 1)
        compare(more.text, "More")
    }

    // At the largest text in the narrowest window, More must still show the whole notice.
    function test_noticeExpandsFullyAtLargestText() {
        const window = createMain()
        Settings.textScale = 2
        window.width = 800
        settle(window.contentItem)
        const disclaimer = findChild(window.contentItem, "disclaimer")
        verify(disclaimer.truncated)
        mouseClick(findChild(window.contentItem, "noticeMore"))
        tryVerify(() => disclaimer.lineCount > 1)
        settle(window.contentItem)
        verify(!disclaimer.truncated, "the whole notice is shown after More: " + disclaimer.lineCount
               + " lines in " + disclaimer.width + " px beside a " + findChild(window.contentItem, "reviewedAsOf").width + " px date")
    }

    function test_languageSwitchKeepsThePage() {
        const window = createMain()
        verify(Navigation.go("walkthrough/detainers-101/hours"))
        const spanish = findChild(window.header, "language-es")
        verify(spanish)
        mouseClick(spanish)
        compare(LanguageManager.language, "es")
        compare(Navigation.address, "walkthrough/detainers-101/hours")
        tryCompare(findChild(window.contentItem, "reviewedAsOf"), "text", "Fuentes revisadas hasta el 28 de noviembre de 2026")
        const progress = findChild(window.contentItem, "stepProgress")
        compare(progress.text, "Paso 2 de 3")
        mouseClick(findChild(window.header, "language-en"))
        compare(LanguageManager.language, "en")
        tryCompare(progress, "text", "Step 2 of 3")
    }

    function test_languageRoundTripOnEveryPage() {
        const window = createMain()
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
        const window = createMain()
        Navigation.present("walkthrough/detainers-101/hours")
        verify(window.presentation !== null, "presenter mode opened")
        compare(window.presentation.presentation.slideId, "hours")
        window.presentation.finished() // Esc, or "End" in the notes window
        tryVerify(() => window.presentation === null)
    }

    function test_textSizeShortcuts() {
        activeMain()
        compare(Settings.textScale, 1)
        keyClick(Qt.Key_Plus, Qt.ControlModifier)
        compare(Settings.textScale, 1.1, "Ctrl++ enlarges")
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        compare(Settings.textScale, 1.2, "Ctrl+= too (no Shift needed)")
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(Settings.textScale, 1.1, "Ctrl+- shrinks")
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(Settings.textScale, 1, "Ctrl+0 resets")
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(Settings.textScale, 0.9)
    }

    function test_navigationShortcuts() {
        activeMain()
        keyClick(Qt.Key_F, Qt.ControlModifier)
        compare(Navigation.kind, "search", "Ctrl+F searches")
        verify(Navigation.go("topic/mandamus"))
        keyClick(Qt.Key_K, Qt.ControlModifier)
        compare(Navigation.kind, "search", "Ctrl+K too")
        keyClick(Qt.Key_Left, Qt.AltModifier)
        compare(Navigation.address, "topic/mandamus", "Alt+Left goes back")
        keyClick(Qt.Key_Home, Qt.AltModifier)
        compare(Navigation.kind, "home", "Alt+Home goes home")
    }
}
