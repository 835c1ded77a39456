import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// A page whose content is a centred, readable column that scrolls by mouse and keyboard.
Flickable {
    id: root

    default property alias content: column.data
    property real maxContentWidth: Theme.contentWidth

    contentHeight: column.implicitHeight + 2 * Theme.margin
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    Keys.onUpPressed: ScrollBar.vertical.decrease()
    Keys.onDownPressed: ScrollBar.vertical.increase()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageDown)
            root.contentY = Math.min(root.contentY + root.height * 0.9, Math.max(0, root.contentHeight - root.height))
        else if (event.key === Qt.Key_PageUp)
            root.contentY = Math.max(0, root.contentY - root.height * 0.9)
    }

    ColumnLayout {
        id: column

        x: Math.max(Theme.margin, (root.width - width) / 2)
        y: Theme.margin
        width: Math.min(root.width - 2 * Theme.margin, root.maxContentWidth)
        spacing: Theme.margin * 0.75
    }
}
