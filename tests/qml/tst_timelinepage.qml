import QtQuick
import QtTest
import KnowTheLimits

// The timeline: dated events, oldest first, filtered by kind.
AppTestCase {
    id: testCase

    name: "TimelinePage"

    Component { id: timelinePage; TimelinePage {} }

    function test_timelineFilterByKind() {
        const page = createPage(timelinePage)
        const list = findChild(page, "timelineList")
        compare(list.count, 2)
        mouseClick(findChild(page, "kind-case"))
        tryCompare(list, "count", 1)
        mouseClick(findChild(page, "kind-all"))
        tryCompare(list, "count", 2)
    }

    function test_oldestFirst() {
        const page = createPage(timelinePage)
        const list = findChild(page, "timelineList")
        compare(list.count, 2)
        compare(delegateAt(list, 0).title, "First agreement")
        compare(delegateAt(list, 1).title, "Galarza decided")
    }

    function test_filterChipShowsWhichKindIsOn() {
        const page = createPage(timelinePage)
        const list = findChild(page, "timelineList")
        const all = findChild(page, "kind-all")
        const cases = findChild(page, "kind-case")
        verify(all.checked)
        verify(!cases.checked)
        cases.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(list, "count", 1)
        compare(delegateAt(list, 0).title, "Galarza decided")
        verify(cases.checked)
        verify(!all.checked, "one kind at a time")
    }
}
