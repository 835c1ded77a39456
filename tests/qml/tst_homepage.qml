import QtQuick
import QtTest
import KnowTheLimits

// The home page: the topic cards, by mouse and by keyboard.
AppTestCase {
    id: testCase

    name: "HomePage"

    Component { id: homePage; HomePage {} }

    /** The visible topic cards (CardButtons: a text and a description) on @p page. */
    /** The topic cards: not "Continue" and not "Find legal help". */
    function cards(page) {
        return descendants(page, item => item.visible && item.description !== undefined
                                         && item.emphasized !== undefined && item.objectName !== "continueCard"
                                         && item.objectName !== "helpCard" && item.objectName !== "whatIfCard")
    }

    function test_homeListsTopics() {
        const window = createMain()
        const home = findChild(window.contentItem, "homePage")
        verify(home, "the home page is shown first")
        tryCompare(home, "topicCount", 2)
    }

    function test_cardsShowEachTopic() {
        const page = createPage(homePage)
        compare(page.topicCount, 2)
        const shown = cards(page)
        compare(shown.length, 2)
        compare(shown[0].text, "Partnerships")
        compare(shown[1].text, "Mandamus")
        verify(shown[0].description !== "", "a card says what the topic is about")
        compare(shown[0].Accessible.name, "Partnerships")
        verify(!findChild(page, "continueCard").visible, "nothing to continue after forgetting")
    }

    function test_clickOpensTopic() {
        const page = createPage(homePage)
        mouseClick(cards(page)[1])
        compare(Navigation.address, "topic/mandamus")
    }

    function test_enterOnFocusedCardOpensTopic_data() {
        return [
            { tag: "return", key: Qt.Key_Return },
            { tag: "enter", key: Qt.Key_Enter }
        ]
    }
    function test_enterOnFocusedCardOpensTopic(data) {
        const page = createPage(homePage)
        const card = cards(page)[0]
        card.forceActiveFocus()
        verify(card.activeFocus)
        compare(Navigation.kind, "home")
        keyClick(data.key)
        compare(Navigation.address, "topic/partnerships")
    }

    function test_referenceButtonsOpenTheirPages_data() {
        return [
            { tag: "glossary", text: "Glossary", address: "glossary" },
            { tag: "timeline", text: "Timeline", address: "timeline" },
            { tag: "sources", text: "Sources", address: "sources" }
        ]
    }
    function test_referenceButtonsOpenTheirPages(data) {
        const page = createPage(homePage)
        const button = findByText(page, data.text)
        verify(button, data.text)
        mouseClick(button)
        compare(Navigation.address, data.address)
    }
}
