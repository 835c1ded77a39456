pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Shapes
import KnowTheLimits

// The whole decision flow as a diagram laid out by Graphviz (FlowDiagramModel): the current
// node and the path taken are highlighted, every node can be clicked to jump there, and the
// view pans (drag, arrow keys) and zooms (Ctrl+wheel at the pointer, + and -, 0 to fit all).
// Node text stays at least at body size: when the whole diagram would be smaller than that,
// the view frames the current node and its neighbours instead (FlowDiagramModel.frame). The
// zoom buttons sit in the view's corner, outside what scrolls.
FocusScope {
    id: root

    required property FlowModel flow
    /** When set, only these nodes (and edges between them) are shown: a presentation reveals
     *  the diagram node by node. */
    // var: a QStringList from C++ does not bind to list<string> under 6.4's tooling.
    property var revealedNodes: []
    property bool revealOnly: false
    /** Size of the node text at zoom 1: body size, from the text-size setting. */
    property real textSize: Theme.bodySize
    property bool showControls: true
    /** False on the projector: nothing there is for a pointer. */
    property bool interactive: true
    property real zoom: 1
    /** Below this zoom node text would be smaller than textSize allows to read. */
    property real minReadableZoom: 1
    /** Presenter mode's close-up (Z): the current node alone, enlarged to the room. */
    property bool closeUp: false
    readonly property real margin: Theme.margin
    // A projected diagram that has revealed only a few nodes may grow larger.
    readonly property real maxZoom: revealOnly ? 1.6 : 1.25
    readonly property alias contentX: view.contentX
    readonly property alias contentY: view.contentY

    activeFocusOnTab: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Diagram of the whole flow")

    /** Frames what can be read: everything shown, or the current node and its neighbours. */
    function frame() {
        if (root.closeUp) {
            apply(diagram.frame([root.flow.currentNodeId], root.flow.currentNodeId,
                                view.width - 2 * root.margin, view.height - 2 * root.margin, 1.8, 3))
            return
        }
        apply(diagram.frame(root.revealOnly ? root.revealedNodes : [], root.flow.currentNodeId,
                            view.width - 2 * root.margin, view.height - 2 * root.margin,
                            root.minReadableZoom, root.maxZoom))
    }
    /** The whole diagram, however small (the Fit button and the 0 key). */
    function fitAll() {
        apply(diagram.frame(root.revealOnly ? root.revealedNodes : [], "",
                            view.width - 2 * root.margin, view.height - 2 * root.margin, 0.3, root.maxZoom))
    }
    function apply(framing: var) {
        root.zoom = framing.zoom
        centreOn(framing.centerX, framing.centerY)
    }
    /** Scrolls so that the diagram point (@p x, @p y) is in the middle of the view. */
    function centreOn(x: real, y: real) {
        view.contentX = Math.max(0, Math.min(view.contentWidth - view.width, canvas.x + x * root.zoom - view.width / 2))
        view.contentY = Math.max(0, Math.min(view.contentHeight - view.height, canvas.y + y * root.zoom - view.height / 2))
    }
    /** Zooms by @p factor keeping the diagram point under (@p px, @p py) of the view in place. */
    function zoomAt(factor: real, px: real, py: real) {
        const x = (view.contentX + px - canvas.x) / root.zoom
        const y = (view.contentY + py - canvas.y) / root.zoom
        root.zoom = Math.min(3, Math.max(0.3, root.zoom * factor))
        view.contentX = Math.max(0, Math.min(view.contentWidth - view.width, canvas.x + x * root.zoom - px))
        view.contentY = Math.max(0, Math.min(view.contentHeight - view.height, canvas.y + y * root.zoom - py))
    }
    function zoomBy(factor: real) {
        zoomAt(factor, view.width / 2, view.height / 2)
    }

    onRevealedNodesChanged: if (revealOnly) Qt.callLater(root.frame)
    onCloseUpChanged: Qt.callLater(root.frame)
    readonly property string currentNodeId: flow.currentNodeId
    onCurrentNodeIdChanged: if (!revealOnly) Qt.callLater(root.frame)
    onWidthChanged: Qt.callLater(root.frame)
    onHeightChanged: Qt.callLater(root.frame)
    Component.onCompleted: Qt.callLater(root.frame)

    Keys.onPressed: event => {
        const step = 40
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
            root.zoomBy(1.2)
        else if (event.key === Qt.Key_Minus)
            root.zoomBy(1 / 1.2)
        else if (event.key === Qt.Key_0)
            root.fitAll()
        else if (event.key === Qt.Key_Left)
            view.contentX = Math.max(0, view.contentX - step)
        else if (event.key === Qt.Key_Right)
            view.contentX = Math.max(0, Math.min(view.contentWidth - view.width, view.contentX + step))
        else if (event.key === Qt.Key_Up)
            view.contentY = Math.max(0, view.contentY - step)
        else if (event.key === Qt.Key_Down)
            view.contentY = Math.max(0, Math.min(view.contentHeight - view.height, view.contentY + step))
        else
            return
        event.accepted = true
    }

    FlowDiagramModel {
        id: diagram
        flowId: root.flow.flowId
        fontPixelSize: root.textSize
        onLayoutChanged: Qt.callLater(root.frame)
    }

    Flickable {
        id: view

        anchors.fill: parent
        clip: true
        // Drawn through a layer the size of the view: the software renderer (old laptops
        // without OpenGL, and screenshots) does not clip Shapes, so arrows strayed over the page.
        layer.enabled: true
        interactive: root.interactive
        contentWidth: Math.max(width, diagram.width * root.zoom + 2 * root.margin)
        contentHeight: Math.max(height, diagram.height * root.zoom + 2 * root.margin)
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        // Ctrl+wheel zooms at the pointer; a plain wheel scrolls. 0x04000000 is
        // Qt.ControlModifier, written as a number because Debian's Qt 6.4 lint types lack the
        // enums of the Qt namespace.
        WheelHandler {
            id: wheel

            enabled: root.interactive
            onWheel: event => {
                if (!(event.modifiers & 0x04000000)) {
                    event.accepted = false // a plain wheel scrolls the view
                    return
                }
                const inView = view.mapFromItem(wheel.parent, event.x, event.y)
                root.zoomAt(event.angleDelta.y > 0 ? 1.1 : 1 / 1.1, inView.x, inView.y)
            }
        }

        Item {
            id: canvas

            // Centred while narrower than the view, so a small flow does not hug the left.
            x: Math.max(root.margin, (view.width - diagram.width * root.zoom) / 2)
            y: root.margin
            width: diagram.width
            height: diagram.height
            scale: root.zoom
            transformOrigin: Item.TopLeft

            Repeater {
                model: diagram.edges
                delegate: Shape {
                    id: edge

                    required property var modelData
                    readonly property bool taken: root.flow.path.length > 1 && root.flow.isEdgeTaken(modelData.from, modelData.to)
                    readonly property color lineColor: taken ? Theme.accent : Theme.mutedText

                    visible: !root.revealOnly || (root.revealedNodes.indexOf(modelData.from) >= 0
                                                  && root.revealedNodes.indexOf(modelData.to) >= 0)
                    anchors.fill: parent
                    antialiasing: true
                    Accessible.ignored: true // the nodes' descriptions say where each answer leads

                    ShapePath {
                        strokeColor: edge.lineColor
                        strokeWidth: edge.taken ? 3 : 1.4
                        fillColor: "transparent"
                        PathSvg {
                            path: edge.modelData.path
                        }
                    }
                    ShapePath {
                        strokeColor: "transparent"
                        fillColor: edge.lineColor
                        PathSvg {
                            path: edge.modelData.arrow
                        }
                    }
                }
            }

            Repeater {
                model: diagram.edges
                delegate: Rectangle {
                    id: edgeLabel

                    required property var modelData

                    visible: modelData.label !== "" && (!root.revealOnly || (root.revealedNodes.indexOf(modelData.from) >= 0
                                                                              && root.revealedNodes.indexOf(modelData.to) >= 0))
                    x: modelData.labelX
                    y: modelData.labelY
                    width: modelData.labelWidth
                    height: modelData.labelHeight
                    radius: 3
                    color: Theme.background
                    Accessible.ignored: true

                    Text {
                        textFormat: Text.PlainText
                        anchors.fill: parent
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        text: edgeLabel.modelData.label
                        font.pixelSize: root.textSize * 0.85
                        fontSizeMode: Text.Fit
                        minimumPixelSize: root.textSize * 0.6
                        color: Theme.mutedText
                    }
                }
            }

            Repeater {
                model: diagram.nodes
                delegate: Rectangle {
                    id: node

                    required property var modelData
                    readonly property bool current: root.flow.currentNodeId === modelData.nodeId
                    readonly property bool onPath: root.flow.path.length > 0 && root.flow.isOnPath(modelData.nodeId)

                    objectName: "diagramNode-" + modelData.nodeId
                    visible: !root.revealOnly || root.revealedNodes.indexOf(modelData.nodeId) >= 0
                    x: modelData.x
                    y: modelData.y
                    width: modelData.width
                    height: modelData.height
                    radius: modelData.kind === "outcome" ? height / 2.5 : (modelData.kind === "question" ? 4 : 10)
                    color: current ? Theme.accent
                                   : modelData.kind === "outcome" ? Theme.outcome
                                   : onPath ? Theme.pathFill : Theme.surface
                    border.color: activeFocus ? Theme.focus : (onPath ? Theme.accent : Theme.border)
                    border.width: activeFocus || current ? 3 : (onPath ? 2 : 1)
                    activeFocusOnTab: root.interactive
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.text
                    Accessible.description: root.flow.describeNode(modelData.nodeId, current, onPath)
                    Accessible.selectable: true
                    Accessible.selected: current
                    Keys.onReturnPressed: root.flow.jumpTo(modelData.nodeId)
                    Keys.onEnterPressed: root.flow.jumpTo(modelData.nodeId)
                    Keys.onSpacePressed: root.flow.jumpTo(modelData.nodeId)

                    Text {
                        textFormat: Text.PlainText
                        anchors.fill: parent
                        anchors.margins: diagram.nodePadding
                        text: node.modelData.text
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        font.pixelSize: root.textSize
                        // The box was measured for this text; Fit only guards against rounding.
                        fontSizeMode: Text.Fit
                        minimumPixelSize: root.textSize * 0.75
                        font.bold: node.modelData.kind === "question"
                        color: node.current ? Theme.textOnAccent : Theme.text
                    }
                    TapHandler {
                        enabled: root.interactive
                        onTapped: root.flow.jumpTo(node.modelData.nodeId)
                    }
                }
            }
        }
    }

    // A large flow takes a moment to lay out (off the GUI thread): the page stays usable and
    // says what is coming. A flow laid out before is drawn from the cache, with no placeholder.
    Label {
        objectName: "layoutBusy"
        visible: diagram.busy
        anchors.centerIn: parent
        width: root.width - 2 * root.margin
        horizontalAlignment: Text.AlignHCenter
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        //: Shown where a flow diagram will be, while it is being laid out
        text: qsTr("Drawing the diagram…")
        font.pixelSize: Theme.bodySize
        color: Theme.mutedText
    }

    // A layout that failed says so, instead of leaving an empty view.
    Label {
        objectName: "layoutError"
        visible: diagram.error !== ""
        x: root.margin
        y: root.margin
        width: root.width - 2 * root.margin
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        //: Shown in place of a flow diagram that could not be laid out; %1 says why
        text: qsTr("The diagram could not be drawn: %1. The Outline tab shows the same flow as text.").arg(diagram.error)
        font.pixelSize: Theme.bodySize
        color: Theme.text
    }

    Row {
        objectName: "zoomControls"
        visible: root.showControls
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap + 12 // clear of the scroll bars
        spacing: 4

        ActionButton {
            text: "−"
            Accessible.name: qsTr("Zoom out")
            onClicked: root.zoomBy(1 / 1.2)
        }
        ActionButton {
            text: qsTr("Fit")
            Accessible.name: qsTr("Fit the diagram to the window")
            onClicked: root.fitAll()
        }
        ActionButton {
            text: "+"
            Accessible.name: qsTr("Zoom in")
            onClicked: root.zoomBy(1.2)
        }
    }
}
