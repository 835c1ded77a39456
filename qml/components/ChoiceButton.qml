import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// One answer of a self-check: a radio button (one answer of a group, as a screen reader says)
// drawn as a wide button. Up and Down move between the answers of its group and stop there, so
// they never turn the page's step; Enter or Space chooses.
RadioButton {
    id: root

    /** The item before and after this one in its group, or null at the ends. */
    property Item previousChoice
    property Item nextChoice

    font.pixelSize: Theme.bodySize
    padding: Theme.gap
    leftPadding: Theme.margin * 0.6
    rightPadding: Theme.margin * 0.6
    hoverEnabled: true
    Accessible.name: text

    Keys.onUpPressed: if (root.previousChoice) root.previousChoice.forceActiveFocus()
    Keys.onLeftPressed: if (root.previousChoice) root.previousChoice.forceActiveFocus()
    Keys.onDownPressed: if (root.nextChoice) root.nextChoice.forceActiveFocus()
    Keys.onRightPressed: if (root.nextChoice) root.nextChoice.forceActiveFocus()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    indicator: null
    background: Rectangle {
        implicitHeight: 40 * Theme.scale
        radius: Theme.radius
        color: root.checked ? Theme.pathFill : (root.down || root.hovered ? Theme.surfaceAlt : Theme.surface)
        border.color: root.visualFocus ? Theme.focus : (root.checked ? Theme.accent : Theme.border)
        border.width: root.visualFocus || root.checked ? 3 : 1
    }
    contentItem: Text {
        textFormat: Text.PlainText
        text: root.text
        font: root.font
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
