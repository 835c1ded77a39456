import QtQuick
import QtTest
import KnowTheLimits

// A decision flow: answering node by node, the diagram and the outline.
AppTestCase {
    id: testCase

    name: "FlowPage"

    Component { id: flowPage; FlowPage {} }

    function test_flowToAnOutcomeAndBack() {
        verify(Navigation.go("flow/jail"))
        const page = createPage(flowPage)
        tryCompare(findChild(page, "nodeTitle"), "text", "Does state law require honoring it?")
        mouseClick(findChild(page, "answer-yes"))
        compare(Navigation.subId, "held")
        tryCompare(findChild(page, "nodeTitle"), "text", "Held up to 48 hours")
        verify(findChild(page, "answer-yes") === null, "an outcome has no answers")
        mouseClick(findChild(page, "startOver"))
        compare(Navigation.subId, "law")
    }

    function test_flowAnsweredToAnOutcome() {
        const window = createMain()
        verify(Navigation.go("flow/jail"))
        tryVerify(() => findChild(window.contentItem, "flowPage") !== null)
        const page = findChild(window.contentItem, "flowPage")
        mouseClick(findChild(page, "answer-no"))
        compare(Navigation.subId, "info")
        mouseClick(findChild(page, "answer-"))
        compare(Navigation.subId, "released")
        compare(findChild(page, "nodeTitle").text, "Released")
        mouseClick(findChild(page, "startOver"))
        compare(Navigation.subId, "law")
    }

    function test_diagramNodesJumpAndKeysZoom() {
        verify(Navigation.go("flow/jail"))
        const page = createPage(flowPage)
        const diagram = findChild(page, "flowDiagram")
        tryVerify(() => findChild(diagram, "diagramNode-released") !== null)
        mouseClick(findChild(diagram, "diagramNode-released"))
        compare(Navigation.subId, "released")
        compare(findChild(page, "nodeTitle").text, "Released")
        settle(page) // the new node's heading takes the keyboard first

        diagram.forceActiveFocus()
        waitForRendering(diagram) // the view frames the new current node first
        const before = diagram.zoom
        keyClick(Qt.Key_Plus)
        verify(diagram.zoom > before)
        // 0 fits the whole diagram, however small that makes it; again after a zoom, the same.
        keyClick(Qt.Key_0)
        const whole = diagram.zoom
        verify(whole <= before, "fitting everything never zooms in past the readable framing")
        keyClick(Qt.Key_Plus)
        keyClick(Qt.Key_0)
        compare(diagram.zoom, whole)
    }

    // Node text stays readable: the automatic framing never goes below zoom 1 (text at body
    // size) when there is a current node; it frames that node and its neighbours instead.
    function test_framingKeepsTextReadable() {
        verify(Navigation.go("flow/jail/held"))
        const page = createPage(flowPage)
        const diagram = findChild(page, "flowDiagram")
        tryVerify(() => findChild(diagram, "diagramNode-held") !== null)
        settle(page)
        waitForRendering(diagram)
        verify(diagram.zoom >= diagram.minReadableZoom, "zoom " + diagram.zoom)
        const node = findChild(diagram, "diagramNode-held")
        const inView = node.mapToItem(diagram, 0, 0)
        verify(inView.x >= 0 && inView.y >= 0 && inView.x + node.width * diagram.zoom <= diagram.width + 1,
               "the current node is in view")
    }

    // The zoom buttons stay in the view's corner after zooming and scrolling.
    function test_zoomControlsStayInTheCorner() {
        verify(Navigation.go("flow/jail"))
        const page = createPage(flowPage)
        const diagram = findChild(page, "flowDiagram")
        const controls = findChild(diagram, "zoomControls")
        settle(page)
        const at = controls.mapToItem(diagram, 0, 0)
        diagram.forceActiveFocus()
        keyClick(Qt.Key_Plus)
        keyClick(Qt.Key_Plus)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Down)
        const after = controls.mapToItem(diagram, 0, 0)
        compare(after.x, at.x)
        compare(after.y, at.y)
    }

    function test_outlineLinesJump() {
        verify(Navigation.go("flow/jail"))
        const page = createPage(flowPage)
        const outline = findChild(page, "flowOutline")
        compare(outline.count, 4)
        findChild(page, "flowViews").currentIndex = 1
        tryVerify(() => findChild(outline, "outline-1") !== null)
        settle(outline) // shown and laid out in its tab
        mouseClick(findChild(outline, "outline-1"))
        compare(Navigation.subId, "held")
    }
}
