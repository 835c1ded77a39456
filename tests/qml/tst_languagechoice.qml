import QtQuick
import QtTest
import KnowTheLimits

// The first run: a language is chosen before anything else can be used.
AppTestCase {
    id: testCase

    name: "LanguageChoice"
    visible: false // the app's own window is under test

    function init() {
        resetState()
        Settings.forgetAll() // a first run: no language chosen yet
        verify(Settings.needsLanguageChoice)
    }

    function firstRun() {
        const window = createMain()
        window.requestActivate()
        tryVerify(() => window.active)
        settle(window.contentItem)
        return window
    }

    function test_choiceIsModal() {
        const window = firstRun()
        const choice = findChild(window.contentItem, "languageChoice")
        verify(choice && choice.visible, "the choice is shown")
        compare(window.header.enabled, false, "the header is off while the choice is open")
        const home = findChild(window.contentItem, "homePage")
        verify(home)
        compare(home.enabled, false, "the page is off while the choice is open")
        const notice = findChild(window.contentItem, "noticeMore")
        compare(notice.enabled, false, "so is the notice")
        verify(findChild(choice, "choose-en"))
        verify(findChild(choice, "choose-es"))
        verify(isInside(window.activeFocusItem, choice), "the choice has the keyboard: " + window.activeFocusItem)
        for (let i = 0; i < 6; ++i) {
            keyClick(Qt.Key_Tab)
            verify(isInside(window.activeFocusItem, choice), "Tab " + (i + 1) + " stays in the choice: " + window.activeFocusItem)
        }
        keyClick(Qt.Key_Backtab)
        verify(isInside(window.activeFocusItem, choice))
        mouseClick(findChild(window.header, "glossaryLink"))
        compare(Navigation.kind, "home", "a click on the header does nothing")
    }

    function test_eachLanguageNamedInItself() {
        const window = firstRun()
        compare(findChild(window.contentItem, "choose-en").text, "English")
        compare(findChild(window.contentItem, "choose-es").text, "Español")
    }

    function test_choosingClosesIt_data() {
        return [
            { tag: "en", code: "en", glossary: "Glossary" },
            { tag: "es", code: "es", glossary: "Glosario" }
        ]
    }
    function test_choosingClosesIt(data) {
        const window = firstRun()
        mouseClick(findChild(window.contentItem, "choose-" + data.code))
        compare(LanguageManager.language, data.code)
        compare(Settings.language, data.code, "the choice is kept")
        verify(!Settings.needsLanguageChoice)
        tryVerify(() => findChild(window.contentItem, "languageChoice") === null, 5000, "the choice closes")
        verify(window.header.enabled)
        verify(findChild(window.contentItem, "homePage").enabled)
        compare(findChild(window.header, "glossaryLink").text, data.glossary)
        mouseClick(findChild(window.header, "glossaryLink"))
        compare(Navigation.kind, "glossary", "the header works now")
    }

    function test_chooseByKeyboard() {
        const window = firstRun()
        const spanish = findChild(window.contentItem, "choose-es")
        spanish.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(Settings.language, "es")
        tryVerify(() => findChild(window.contentItem, "languageChoice") === null)
    }

    function test_laterStartsHaveNoChoice() {
        Settings.language = "en"
        const window = createMain()
        compare(findChild(window.contentItem, "languageChoice"), null)
        verify(window.header.enabled)
    }
}
