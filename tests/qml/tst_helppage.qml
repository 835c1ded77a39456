import QtQuick
import QtTest
import KnowTheLimits

// "Find legal help": reached from the header and Home, it lists every help place with its
// address in the reader's language, and says the app itself does not go online.
AppTestCase {
    id: testCase

    name: "HelpPage"

    Component { id: helpPage; HelpPage {} }

    function test_listsEveryHelpPlaceWithItsAddress() {
        const page = createPage(helpPage)
        compare(findChild(page, "helpNotice").text, Content.helpNotice)
        const place = findByText(page, "State bar referral")
        verify(place, "the help place's name is shown")
        compare(place.Accessible.role, Accessible.Heading)
        verify(findByText(page, "https://example.org"),
               "its address is shown")
    }

    function test_spanishReaderIsToldWhenAPageIsInEnglish() {
        const page = createPage(helpPage)
        LanguageManager.setLanguage("es")
        tryVerify(() => findByText(page, "https://example.org (en inglés)") !== null,
                  5000, "an English-only page is marked for a Spanish reader")
    }

    function test_headerLinkAndHomeCardOpenIt() {
        const window = createMain()
        settle(window.contentItem)
        mouseClick(findChild(window, "helpCard"))
        compare(Navigation.kind, "help")
        tryVerify(() => findChild(window, "helpPage") !== null)
        Navigation.home()
        tryVerify(() => findChild(window, "homePage") !== null)
        const link = findChild(window, "helpLink")
        verify(link.visible, "the header has room for it at this size")
        mouseClick(link)
        compare(Navigation.kind, "help")
        verify(link.highlighted, "the header shows where the reader is")
    }
}
