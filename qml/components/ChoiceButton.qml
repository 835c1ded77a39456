import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// One answer of a self-check: a radio button (one answer of a group, as a screen reader says)
// drawn as a wide button. Up and Down move between the answers of its group and stop there, so
// they never turn the page's step; Enter or Space chooses.
RadioButton {
    id: root

    /** Up/Left (-1) or Down/Right (+1): the group moves the keyboard to that answer. */
    signal stepRequested(int delta)
    /** The answer in the other language, under it in bilingual mode. */
    property string otherText

    font.pixelSize: Theme.bodySize
    padding: Theme.gap
    leftPadding: Theme.margin * 0.6
    rightPadding: Theme.margin * 0.6
    hoverEnabled: true
    Accessible.name: text

    Keys.onUpPressed: root.stepRequested(-1)
    Keys.onLeftPressed: root.stepRequested(-1)
    Keys.onDownPressed: root.stepRequested(1)
    Keys.onRightPressed: root.stepRequested(1)
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
    contentItem: Column {
        spacing: 2

        Text {
            width: parent.width
            textFormat: Text.PlainText
            text: root.text
            font: root.font
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            visible: Settings.bilingual && root.otherText !== ""
            textFormat: Text.PlainText
            text: root.otherText
            font.pixelSize: root.font.pixelSize * 0.9
            font.italic: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
