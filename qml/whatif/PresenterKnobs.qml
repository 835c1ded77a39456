pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The what-if knobs in the presenter's notes: each a one-line list, so all fit beside the notes
// and a question from the room is answered in two clicks. (The reader's page has the longer form
// with every explanation: KnobPanel.)
ColumnLayout {
    id: root

    required property WhatIfModel story
    // Read once a change: each row reading story.knobs would make the whole list again.
    readonly property list<whatIfKnobEntry> knobs: story.knobs
    /** After a choice: the notes take the keys back, so the clicker turns slides again. */
    signal chosen()

    spacing: Theme.gap

    Text {
        Layout.fillWidth: true
        //: Presenter view: heading above the what-if knobs
        text: qsTr("What if…? Change one thing")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
    }
    // By count, not by list: each change makes a new list, and the rows are kept (KnobChoices).
    Repeater {
        model: root.knobs.length
        delegate: ColumnLayout {
            id: knob

            required property int index
            readonly property whatIfKnobEntry modelData: root.knobs[index]

            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: knob.modelData.label
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
            }
            ComboBox {
                objectName: "presenterKnob-" + knob.modelData.knobId
                Layout.fillWidth: true
                font.pixelSize: Theme.smallSize
                model: knob.modelData.valueLabels
                currentIndex: knob.modelData.chosenIndex
                Accessible.name: knob.modelData.chosenText
                onActivated: index => {
                    root.story.chooseIndex(knob.modelData.knobId, index)
                    root.chosen()
                }
            }
        }
    }
}
