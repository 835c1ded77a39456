pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// The same flow as an indented text tree, for keyboard and screen-reader users: each line is
// an answer and where it leads; a node met again is shown as a reference, not repeated.
ListView {
    id: root

    required property FlowModel flow

    clip: true
    model: flow.outline
    spacing: 2
    activeFocusOnTab: true
    keyNavigationEnabled: true
    highlightFollowsCurrentItem: true
    Accessible.role: Accessible.Tree
    Accessible.name: qsTr("Outline of the whole flow")
    ScrollBar.vertical: ScrollBar {}

    Keys.onReturnPressed: if (currentItem) root.flow.jumpTo(root.flow.outline[currentIndex].nodeId)

    delegate: ItemDelegate {
        id: line

        objectName: "outline-" + index
        required property outlineLine modelData
        required property int index

        width: ListView.view.width
        leftPadding: Theme.gap + modelData.depth * Theme.margin
        highlighted: ListView.isCurrentItem
        font.pixelSize: Theme.smallSize
        Accessible.role: Accessible.TreeItem
        Accessible.name: text
        text: modelData.text
        // The keyboard's line: a thick focus-coloured frame, not only a faint fill.
        background: Rectangle {
            color: line.highlighted ? Theme.pathFill : "transparent"
            border.color: Theme.focus
            border.width: line.highlighted && line.ListView.view.activeFocus ? 3 : 0
            radius: Theme.radius
        }
        contentItem: Text {
            textFormat: Text.PlainText
            text: line.text
            font: line.font
            wrapMode: Text.Wrap
            color: root.flow.currentNodeId === line.modelData.nodeId ? Theme.accent : Theme.text
        }
        onClicked: {
            root.currentIndex = index
            root.flow.jumpTo(modelData.nodeId)
        }
    }
}
