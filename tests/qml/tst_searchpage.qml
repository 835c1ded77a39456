import QtQuick
import QtTest
import KnowTheLimits

// Search: type, see the hits, open one.
AppTestCase {
    id: testCase

    name: "SearchPage"

    /** The search thread's answer to what was typed last is on the list (SearchModel.searching). */
    function answered(results) {
        tryVerify(() => !results.model.searching, 5000, "the search is answered")
    }

    Component { id: searchPage; SearchPage {} }

    /** The addresses of every hit in @p results (all fit in the view). */
    function addresses(results) {
        const found = []
        for (let i = 0; i < results.count; ++i) {
            const hit = delegateAt(results, i)
            if (hit)
                found.push(hit.address)
        }
        return found
    }

    function test_fieldHasTheKeyboardWhenThePageOpens() {
        verify(Navigation.go("search"))
        const page = createPage(searchPage)
        const field = findChild(page, "searchField")
        tryVerify(() => field.activeFocus, 5000, "one can type at once")
        compare(findChild(page, "searchStatus").text, "Results appear as you type.")
        keyClick("m")
        compare(field.text, "m")
    }

    function test_searchFindsAndOpens() {
        verify(Navigation.go("search"))
        const page = createPage(searchPage)
        const field = findChild(page, "searchField")
        const results = findChild(page, "searchResults")
        field.forceActiveFocus()
        keyClick("r"); keyClick("e"); keyClick("q"); keyClick("u")
        answered(results)
        tryVerify(() => results.count > 0)
        compare(findChild(page, "searchStatus").text, results.count === 1 ? "1 result" : results.count + " results")
        field.text = "zzzzqq"
        tryCompare(results, "count", 0)
        // (The list's count is told when it lays out, the rows now update in place.)
        tryCompare(findChild(page, "searchStatus"), "text", "Nothing found. Try another word or a shorter one.")
        field.text = "\"detainer*" // FTS5 syntax typed by a user is taken as plain words
        answered(results)
        tryVerify(() => results.count > 0)
        keyClick(Qt.Key_Return)
        verify(Navigation.kind !== "search", "Enter opens the best hit")
    }

    function test_termHitOpensTheGlossaryAtIt() {
        verify(Navigation.go("search"))
        const page = createPage(searchPage)
        const field = findChild(page, "searchField")
        const results = findChild(page, "searchResults")
        field.text = "mandamus"
        tryVerify(() => results.count > 0)
        settle(results)
        const found = addresses(results)
        verify(found.indexOf("glossary/mandamus") >= 0, "a term's hit opens the glossary at it: " + found)
        const i = found.indexOf("glossary/mandamus")
        mouseClick(delegateAt(results, i))
        compare(Navigation.address, "glossary/mandamus")
        compare(Navigation.kind, "glossary")
        compare(Navigation.pageId, "mandamus")
    }

    function test_downGoesToTheHits() {
        verify(Navigation.go("search"))
        const page = createPage(searchPage)
        const field = findChild(page, "searchField")
        const results = findChild(page, "searchResults")
        tryVerify(() => field.activeFocus)
        field.text = "detainer"
        tryVerify(() => results.count > 0)
        keyClick(Qt.Key_Down)
        verify(results.activeFocus, "Down leaves the field for the hits")
        verify(!field.activeFocus)
        keyClick(Qt.Key_Down) // onto a hit (the first, or the next)
        verify(results.currentIndex >= 0 && results.currentItem !== null, "Down picks a hit")
        verify(results.currentItem.activeFocus, "the picked hit has the keyboard")
        keyClick(Qt.Key_Return)
        compare(Navigation.address, results.currentItem.address)
        verify(Navigation.kind !== "search")
    }
}
