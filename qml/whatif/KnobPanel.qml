pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// All the knobs at once, for a presenter answering "what if…" from the room: each knob with
// its "What is this?" text, its sources and its values.
ColumnLayout {
    id: root

    property list<whatIfKnobEntry> knobs
    signal chosen(string knobId, string valueId)

    spacing: Theme.margin / 2

    // By count, not by list: each change makes a new list, and the rows are kept (KnobChoices).
    Repeater {
        model: root.knobs.length
        delegate: ColumnLayout {
            id: knob

            required property int index
            readonly property whatIfKnobEntry modelData: root.knobs[index]

            objectName: "knob-" + knob.modelData.knobId
            Layout.fillWidth: true
            spacing: Theme.gap / 2

            Text {
                Layout.fillWidth: true
                text: knob.modelData.label
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ContentText {
                Layout.fillWidth: true
                html: knob.modelData.explain
                font.pixelSize: Theme.smallSize
            }
            KnobChoices {
                Layout.fillWidth: true
                groupName: knob.modelData.label
                choices: knob.modelData.choices
                onChosen: (knobId, valueId) => root.chosen(knobId, valueId)
            }
            SourceList {
                Layout.fillWidth: true
                sources: knob.modelData.sources
            }
        }
    }
}
