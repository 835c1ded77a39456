import QtQuick
import QtTest
import KnowTheLimits

// The glossary: filter as you type, and glossary/<term> opens it at that term.
AppTestCase {
    id: testCase

    name: "GlossaryPage"

    Component { id: glossaryPage; GlossaryPage {} }

    /** The index of the first entry at the top of @p list's view. */
    function topIndex(list) {
        return list.indexAt(list.width / 2, list.contentY + 1)
    }

    function test_glossaryFiltersAsYouType() {
        const page = createPage(glossaryPage)
        const list = findChild(page, "glossaryList")
        compare(list.count, 3)
        findChild(page, "glossaryFilter").forceActiveFocus()
        keyClick("n"); keyClick("a"); keyClick("n"); keyClick("d")
        tryCompare(list, "count", 1)
        findChild(page, "glossaryFilter").text = "zzzz"
        tryCompare(list, "count", 0)
        verify(findByText(page, "No term matches."), "an empty result says so")
    }

    function test_termsInOrderWithDefinitions() {
        const page = createPage(glossaryPage)
        const list = findChild(page, "glossaryList")
        compare(list.count, 3)
        compare(delegateAt(list, 0).term, "detainer")
        compare(delegateAt(list, 1).term, "mandamus")
        compare(delegateAt(list, 2).term, "ñandú", "ñ sorts after n")
        verify(delegateAt(list, 1).definition.indexOf("<i>clear</i>") >= 0, delegateAt(list, 1).definition)
    }

    function test_addressOpensAtTheTerm() {
        // Short, so the last term is far down the list.
        const page = createPage(glossaryPage, { height: 260 })
        const list = findChild(page, "glossaryList")
        const top = list.contentY
        compare(topIndex(list), 0)
        verify(Navigation.go("glossary/nino"))
        compare(page.wantedTerm, "nino")
        tryVerify(() => list.contentY > top, 5000, "the list scrolled down to the term")
        const entry = delegateAt(list, 2)
        verify(entry)
        compare(entry.term, "ñandú")
        verify(entry.y >= list.contentY - 1 && entry.y < list.contentY + list.height,
               "the term is in view: " + entry.y + " in " + list.contentY + "+" + list.height)
    }

    function test_openedAtATermFromTheStart() {
        verify(Navigation.go("glossary/mandamus"))
        const page = createPage(glossaryPage, { height: 260 })
        const list = findChild(page, "glossaryList")
        tryVerify(() => topIndex(list) === 1, 5000, "mandamus is at the top, not detainer")
        compare(delegateAt(list, topIndex(list)).term, "mandamus")
    }

    function test_addressClearsTheFilter() {
        const page = createPage(glossaryPage)
        const list = findChild(page, "glossaryList")
        const filter = findChild(page, "glossaryFilter")
        filter.text = "nand"
        tryCompare(list, "count", 1)
        verify(Navigation.go("glossary/detainer"))
        tryCompare(filter, "text", "")
        compare(list.count, 3, "the wanted term is not filtered away")
    }

    function test_seeAlsoJumpsToTheTerm() {
        const page = createPage(glossaryPage, { height: 260 })
        const list = findChild(page, "glossaryList")
        compare(topIndex(list), 0)
        const chips = descendants(delegateAt(list, 0), item => item.Accessible.role === Accessible.Link && item.visible)
        compare(chips.length, 1)
        compare(chips[0].text, "mandamus")
        mouseClick(chips[0])
        tryVerify(() => topIndex(list) === 1, 5000, "the related term is at the top")
    }
}
