pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Shapes
import KnowTheLimits

// The whole decision flow as a diagram laid out by Graphviz (FlowDiagramModel): the current
// node and the path taken are highlighted, every node can be clicked to jump there, and the
// view pans (drag, arrow keys) and zooms (Ctrl+wheel, + and -, 0 to fit).
Flickable {
    id: root

    required property FlowModel flow
    /** When set, only these nodes (and edges between them) are shown: a presentation reveals
     *  the diagram node by node. */
    // var: a QStringList from C++ does not bind to list<string> under 6.4's tooling.
    property var revealedNodes: []
    property bool revealOnly: false
    /** Size of the node text; a projected diagram wants it larger. */
    property real textSize: Theme.smallSize
    property bool showControls: true
    property real zoom: 1
    readonly property real margin: Theme.margin

    // Fits the whole diagram, or in reveal mode the part shown so far, so a projected diagram
    // stays readable while it grows.
    function fit() {
        if (diagram.width <= 0 || width <= 0)
            return
        let box = Qt.rect(0, 0, diagram.width, diagram.height)
        if (revealOnly && revealedNodes.length > 0) {
            let left = diagram.width, top = diagram.height, right = 0, bottom = 0
            for (const node of diagram.nodes) {
                if (revealedNodes.indexOf(node.nodeId) < 0)
                    continue
                left = Math.min(left, node.x)
                top = Math.min(top, node.y)
                right = Math.max(right, node.x + node.width)
                bottom = Math.max(bottom, node.y + node.height)
            }
            box = Qt.rect(left, top, right - left, bottom - top)
        }
        zoom = Math.min(1.6, Math.max(0.3, Math.min((width - 2 * margin) / box.width,
                                                     (height - 2 * margin) / box.height)))
        fitX = box.x
        fitY = box.y
        contentX = 0
        contentY = 0
    }
    // Top-left of what fit() framed, in diagram units (two reals: 6.4's lint lacks "point").
    property real fitX: 0
    property real fitY: 0
    onRevealedNodesChanged: if (revealOnly) fit()
    function zoomBy(factor) {
        zoom = Math.min(3, Math.max(0.3, zoom * factor))
    }

    clip: true
    contentWidth: Math.max(width, diagram.width * zoom + 2 * margin)
    contentHeight: Math.max(height, diagram.height * zoom + 2 * margin)
    boundsBehavior: Flickable.StopAtBounds
    activeFocusOnTab: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Diagram of the whole flow")
    ScrollBar.vertical: ScrollBar {}
    ScrollBar.horizontal: ScrollBar {}

    onWidthChanged: fit()
    onHeightChanged: fit()
    Component.onCompleted: fit()

    Keys.onPressed: event => {
        const step = 40
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
            root.zoomBy(1.2)
        else if (event.key === Qt.Key_Minus)
            root.zoomBy(1 / 1.2)
        else if (event.key === Qt.Key_0)
            root.fit()
        else if (event.key === Qt.Key_Left)
            root.contentX = Math.max(0, root.contentX - step)
        else if (event.key === Qt.Key_Right)
            root.contentX = Math.min(root.contentWidth - root.width, root.contentX + step)
        else if (event.key === Qt.Key_Up)
            root.contentY = Math.max(0, root.contentY - step)
        else if (event.key === Qt.Key_Down)
            root.contentY = Math.min(root.contentHeight - root.height, root.contentY + step)
        else
            return
        event.accepted = true
    }

    // Ctrl+wheel zooms; a plain wheel scrolls. 0x04000000 is Qt.ControlModifier, written as a
    // number because Debian's Qt 6.4 lint types lack the enums of the Qt namespace.
    WheelHandler {
        onWheel: event => {
            if (event.modifiers & 0x04000000)
                root.zoomBy(event.angleDelta.y > 0 ? 1.1 : 1 / 1.1)
        }
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

    FlowDiagramModel {
        id: diagram
        flowId: root.flow.flowId
        fontPixelSize: root.textSize
    }

    Item {
        id: canvas

        x: root.revealOnly ? root.margin - root.fitX * root.zoom
                           : Math.max(root.margin, (root.width - diagram.width * root.zoom) / 2)
        y: root.margin - (root.revealOnly ? root.fitY * root.zoom : 0)
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

                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: edgeLabel.modelData.label
                    font.pixelSize: root.textSize * 0.85
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
                activeFocusOnTab: true
                Accessible.role: Accessible.Button
                Accessible.name: modelData.text
                Keys.onReturnPressed: root.flow.jumpTo(modelData.nodeId)
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
                    font.bold: node.modelData.kind === "question"
                    color: node.current ? Theme.textOnAccent : Theme.text
                }
                TapHandler {
                    onTapped: root.flow.jumpTo(node.modelData.nodeId)
                }
            }
        }
    }

    Row {
        visible: root.showControls
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        spacing: 4

        ActionButton {
            text: "−"
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Zoom out")
            onClicked: root.zoomBy(1 / 1.2)
        }
        ActionButton {
            text: qsTr("Fit")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Fit the diagram to the window")
            onClicked: root.fit()
        }
        ActionButton {
            text: "+"
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Zoom in")
            onClicked: root.zoomBy(1.2)
        }
    }
}
