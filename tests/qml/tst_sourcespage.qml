import QtQuick
import QtTest
import KnowTheLimits

// Every source, grouped by kind, with what it supports and where it is used.
AppTestCase {
    id: testCase

    name: "SourcesPage"

    Component { id: sourcesPage; SourcesPage {} }

    function sourceList(page) {
        const lists = descendants(page, item => item instanceof ListView)
        compare(lists.length, 1)
        return lists[0]
    }

    function test_listsEverySourceGroupedByKind() {
        verify(Navigation.go("sources"))
        const page = createPage(sourcesPage)
        const list = sourceList(page)
        compare(list.count, 3)
        const citations = []
        const kinds = []
        for (let i = 0; i < list.count; ++i) {
            const entry = delegateAt(list, i)
            citations.push(entry.citation)
            if (entry.firstOfKind)
                kinds.push(entry.kindLabel)
        }
        verify(citations.indexOf("8 C.F.R. § 287.7") >= 0, citations)
        verify(citations.indexOf("28 U.S.C. § 1361") >= 0, citations)
        compare(kinds.length, 3, "one heading per kind: " + kinds)
        verify(findByText(page, "8 C.F.R. § 287.7"), "the citation is shown")
        verify(findByText(page, "What a detainer asks."), "what it supports is shown")
        verify(findByText(page, "https://www.ecfr.gov/current/title-8/section-287.7"), "where to read it")
    }

    function test_titleHasTheKeyboard() {
        verify(Navigation.go("sources"))
        const page = createPage(sourcesPage)
        const title = findByText(page, "Sources")
        compare(title.Accessible.role, Accessible.Heading)
        tryVerify(() => title.activeFocus)
    }

    function test_usedInOpensThePage() {
        verify(Navigation.go("sources"))
        const page = createPage(sourcesPage)
        const chips = descendants(sourceList(page), item => item.Accessible.role === Accessible.Link && item.visible)
        verify(chips.length > 0, "a source says where it is used")
        const chip = chips[0]
        mouseClick(chip)
        verify(Navigation.kind !== "sources", "the chip opens the page that cites it")
        compare(Navigation.describe(Navigation.address) !== "", true)
    }
}
