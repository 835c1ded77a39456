pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// The values of one what-if knob as a group of radio buttons: one is chosen, Up and Down move
// between them (the group is one Tab stop), Enter or Space chooses. Choosing only asks the model; it decides the story.
ColumnLayout {
    id: root

    property list<whatIfChoice> choices
    /** What a screen reader calls the group ("State law on detainers"). */
    property string groupName
    signal chosen(string knobId, string valueId)

    spacing: Theme.gap / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: groupName

    // By count, not by list: every knob change makes a new list (a new choice is marked), and the
    // buttons are kept, not made again, so the keyboard stays where it was.
    Repeater {
        id: buttons

        model: root.choices.length
        delegate: ChoiceButton {
            id: choice

            required property int index
            // A shorter list can reach a button just before the button itself goes.
            readonly property bool present: index < root.choices.length

            objectName: choice.present ? "value-" + root.choices[choice.index].knobId + "-" + root.choices[choice.index].valueId : ""
            Layout.fillWidth: true
            text: choice.present ? root.choices[choice.index].label : ""
            checked: choice.present && root.choices[choice.index].chosen
            // One Tab stop for the group, on the chosen value; Up and Down move within it.
            activeFocusOnTab: checked
            onStepRequested: delta => buttons.itemAt(Math.max(0, Math.min(buttons.count - 1, choice.index + delta))).forceActiveFocus()
            onClicked: root.chosen(root.choices[choice.index].knobId, root.choices[choice.index].valueId)
        }
    }
}
