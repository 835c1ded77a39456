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

    readonly property real maxContentY: Math.max(0, contentHeight - height)

    Keys.onUpPressed: ScrollBar.vertical.decrease()
    Keys.onDownPressed: ScrollBar.vertical.increase()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageDown)
            root.contentY = Math.min(root.contentY + root.height * 0.9, root.maxContentY)
        else if (event.key === Qt.Key_PageUp)
            root.contentY = Math.max(0, root.contentY - root.height * 0.9)
        else if (event.key === Qt.Key_Home)
            root.contentY = 0
        else if (event.key === Qt.Key_End)
            root.contentY = root.maxContentY
        event.accepted = event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp
            || event.key === Qt.Key_Home || event.key === Qt.Key_End
    }

    // Whatever takes the keyboard inside the page is scrolled into view (Tab, a new answer).
    readonly property Item keyboardItem: Window.activeFocusItem
    onKeyboardItemChanged: root.reveal(root.keyboardItem)

    /** Scrolls so that @p item, if it is inside this page, is in view (its top, if it is
     *  taller than the view); nothing moves for an item already in view, such as a clicked button. */
    function reveal(item: Item) {
        let inside = item
        while (inside && inside !== column)
            inside = inside.parent
        if (!inside)
            return
        const top = item.mapToItem(column, 0, 0).y + column.y
        const margin = Theme.margin
        const topInView = top >= root.contentY && top <= root.contentY + root.height - margin
        if (!topInView && (top < root.contentY || item.height + 2 * margin > root.height))
            root.contentY = Math.min(root.maxContentY, Math.max(0, top - margin))
        else if (item.height + 2 * margin <= root.height && top + item.height + margin > root.contentY + root.height)
            root.contentY = Math.min(root.maxContentY, top + item.height + margin - root.height)
    }

    ColumnLayout {
        id: column

        x: Math.max(Theme.margin, (root.width - width) / 2)
        y: Theme.margin
        width: Math.min(root.width - 2 * Theme.margin, root.maxContentWidth)
        spacing: Theme.margin * 0.75
    }
}
