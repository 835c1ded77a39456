import QtQuick
import QtQuick.Controls.Basic
import QtTest
import KnowTheLimits

// Content prose: its links open a definition or a citation in place, by mouse or keyboard,
// and screen readers get words, not markup.
AppTestCase {
    id: testCase

    name: "ContentText"

    readonly property string twoLinks: "<p>A <a href=\"term:detainer\">detainer</a> is explained by "
        + "<a href=\"source:cfr-287-7\">the rule</a>.</p>"

    Component {
        id: paragraph
        Column {
            property alias text: prose
            width: 600
            ContentText {
                id: prose
                objectName: "prose"
                width: 600
                html: testCase.twoLinks
            }
            Button {
                objectName: "after"
                text: "After the paragraph"
            }
        }
    }

    function make() {
        const column = createPage(paragraph, { width: 600, height: 300 })
        return column.text
    }

    /** The Loader the paragraph opens its popup with. */
    function popupLoader(prose) {
        const loaders = descendants(prose, item => item instanceof Loader)
        compare(loaders.length, 1)
        return loaders[0]
    }

    /** The open popup, once it is open. */
    function openedPopup(prose) {
        const loader = popupLoader(prose)
        tryVerify(() => loader.item !== null && loader.item.opened, 5000, "a popup opened")
        return loader.item
    }

    function test_termLinkOpensItsDefinition() {
        const prose = make()
        compare(popupLoader(prose).item, null, "nothing open before a link is used")
        prose.linkActivated("term:detainer")
        const popup = openedPopup(prose)
        const term = Content.term("detainer")
        compare(term.term, "detainer")
        compare(popup.heading, term.term)
        verify(findByText(popup.contentItem, "detainer"), "the heading shows the term's name")
        const body = findChild(popup.contentItem, "definitionBody")
        verify(body.text.indexOf("A request to hold a person.") >= 0, body.text)
        compare(body.Accessible.name, "A request to hold a person. See mandamus.")
        verify(findChild(popup.contentItem, "definitionClose").activeFocus, "the popup takes the keyboard")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !popup.visible, 5000, "Esc closes it")
    }

    function test_sourceLinkShowsTheCitation() {
        const prose = make()
        prose.linkActivated("source:cfr-287-7")
        const popup = openedPopup(prose)
        compare(popup.heading, "Detainer rule")
        compare(popup.heading, Content.linkTarget("source:cfr-287-7").heading)
        verify(findChild(popup.contentItem, "definitionBody").text.indexOf("8 C.F.R. § 287.7") >= 0)
        mouseClick(findChild(popup.contentItem, "definitionClose"))
        tryVerify(() => !popup.visible)
    }

    function test_pageLinkGoesToThatPage() {
        const prose = make()
        compare(Content.linkPage("page:help"), "help")
        prose.linkActivated("page:help")
        compare(Navigation.kind, "help")
        compare(popupLoader(prose).item, null, "a page link opens no popup")
    }

    function test_unknownLinkOpensNothing_data() {
        return [
            { tag: "web", href: "https://example.org/" },
            { tag: "unknown-term", href: "term:no-such-term" },
            { tag: "unknown-source", href: "source:no-such-source" },
            { tag: "empty", href: "" }
        ]
    }
    function test_unknownLinkOpensNothing(data) {
        const prose = make()
        compare(Object.keys(Content.linkTarget(data.href)).length, 0)
        prose.linkActivated(data.href)
        wait(20)
        const loader = popupLoader(prose)
        compare(loader.item, null, "no popup for " + data.href)
        compare(loader.status, Loader.Null)
    }

    function test_tabMovesThroughTheLinksThenLeaves() {
        const prose = make()
        compare(prose.linkCount, 2)
        verify(prose.activeFocusOnTab, "a paragraph with links is a Tab stop")
        compare(prose.focusedLink, -1)
        prose.forceActiveFocus()
        compare(prose.focusedLink, 0)
        compare(prose.Accessible.description, "Link: detainer (1 of 2). Enter opens it.")
        keyClick(Qt.Key_Tab)
        verify(prose.activeFocus, "Tab stays in the paragraph while it has another link")
        compare(prose.focusedLink, 1)
        compare(prose.Accessible.description, "Link: the rule (2 of 2). Enter opens it.")
        keyClick(Qt.Key_Tab)
        verify(!prose.activeFocus, "after the last link Tab leaves the paragraph")
        compare(prose.focusedLink, -1)
        verify(findChild(prose.parent, "after").activeFocus)
        compare(prose.Accessible.description, "")
    }

    function test_backtabMovesBack() {
        const prose = make()
        prose.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        compare(prose.focusedLink, 1)
        keyClick(Qt.Key_Backtab)
        compare(prose.focusedLink, 0)
        verify(prose.activeFocus)
    }

    function test_returnOpensTheFocusedLink() {
        const prose = make()
        prose.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        compare(prose.focusedLink, 1)
        keyClick(Qt.Key_Return)
        const popup = openedPopup(prose)
        compare(popup.heading, "Detainer rule", "the second link, a source, opened")
    }

    // Closing the popup gives the keyboard back to the link it was opened from, not the first.
    function test_closingReturnsToTheLink() {
        const prose = make()
        prose.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        keyClick(Qt.Key_Return)
        const popup = openedPopup(prose)
        verify(!prose.activeFocus, "the popup has the keyboard")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !popup.visible, 5000)
        tryVerify(() => prose.activeFocus, 5000, "the paragraph has the keyboard again")
        compare(prose.focusedLink, 1)
    }

    function test_focusedLinkIsMarked() {
        const prose = make()
        const unfocused = prose.text
        prose.forceActiveFocus()
        verify(prose.text !== unfocused, "the keyboard's link is drawn differently")
        keyClick(Qt.Key_Tab)
        const second = prose.text
        verify(second !== unfocused)
    }

    function test_screenReadersGetWords() {
        const prose = make()
        compare(prose.Accessible.name, "A detainer is explained by the rule.")
        verify(prose.Accessible.name.indexOf("<") < 0, "no markup")
        compare(prose.Accessible.description, "", "no link is announced without focus")
    }

    function test_paragraphWithoutLinksIsNoTabStop() {
        const prose = make()
        prose.html = "<p>No links here.</p>"
        compare(prose.linkCount, 0)
        verify(!prose.activeFocusOnTab)
    }
}
