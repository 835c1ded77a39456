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
    property real zoom: 1
    readonly property real margin: Theme.margin

    function fit() {
        if (diagram.width <= 0 || width <= 0)
            return
        zoom = Math.min(1.6, Math.max(0.3, Math.min((width - 2 * margin) / diagram.width,
                                                     (height - 2 * margin) / diagram.height)))
        contentX = 0
        contentY = 0
    }
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

    FlowDiagramModel {
        id: diagram
        flowId: root.flow.flowId
        fontPixelSize: Theme.smallSize
    }

    Item {
        id: canvas

        x: Math.max(root.margin, (root.width - diagram.width * root.zoom) / 2)
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

                visible: modelData.label !== ""
                x: modelData.labelX
                y: modelData.labelY
                width: modelData.labelWidth
                height: modelData.labelHeight
                radius: 3
                color: Theme.background

                Text {
                    anchors.centerIn: parent
                    text: edgeLabel.modelData.label
                    font.pixelSize: Theme.smallSize * 0.85
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
                    anchors.fill: parent
                    anchors.margins: diagram.nodePadding
                    text: node.modelData.text
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.smallSize
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
