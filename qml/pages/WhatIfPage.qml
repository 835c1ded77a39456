pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// "What changes if…": one story from a local arrest to ICE custody, told stage by stage. Each
// stage offers the one knob that matters there; "All the knobs" shows every one. A change marks
// the stages it changed and says why; "Compare" keeps a story to set beside the next.
ScrollingPage {
    id: root

    objectName: "whatIfPage"
    focus: true

    /** "All the knobs" is open. */
    property bool showKnobs: false
    maxContentWidth: story.comparing ? Math.max(Theme.contentWidth, 1400 * Theme.scale) : Theme.contentWidth

    WhatIfModel {
        id: story
        objectName: "whatIfModel"
        setting: Navigation.subId
        onScenarioChanged: Navigation.setSubId(story.setting)
    }

    PageTitle {
        Layout.fillWidth: true
        text: story.title
    }
    ContentText {
        Layout.fillWidth: true
        html: story.summary
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap

        ActionButton {
            objectName: "showKnobs"
            maxWidth: parent.width
            checkable: true
            checked: root.showKnobs
            //: Shows every what-if setting at once
            text: qsTr("All the knobs")
            onClicked: root.showKnobs = !root.showKnobs
        }
        ActionButton {
            objectName: "compare"
            maxWidth: parent.width
            checkable: true
            checked: story.comparing
            text: story.comparing ? qsTr("Stop comparing") : qsTr("Compare side by side")
            onClicked: story.comparing ? story.stopComparing() : story.startComparing()
        }
        ActionButton {
            objectName: "restart"
            maxWidth: parent.width
            enabled: !story.atStart
            //: Puts every what-if setting back where the story starts
            text: qsTr("Start the story again")
            onClicked: story.restart()
        }
        ActionButton {
            maxWidth: parent.width
            text: qsTr("Handout (PDF)")
            onClicked: Handouts.save(story.address)
        }
        ActionButton {
            maxWidth: parent.width
            text: qsTr("Present")
            onClicked: Navigation.present(story.address)
        }
    }

    // Read out after each change, so a screen reader hears what moved without hunting for it.
    Text {
        objectName: "changeNote"
        Layout.fillWidth: true
        visible: text !== ""
        text: story.changeNote
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
        color: Theme.text
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // Made when asked for (a Repeater of one), so a screen reader finds no hidden knobs.
    Repeater {
        model: root.showKnobs ? 1 : 0
        delegate: KnobPanel {
            objectName: "knobPanel"
            Layout.fillWidth: true
            knobs: story.knobs
            onChosen: (knobId, valueId) => story.choose(knobId, valueId)
        }
    }

    // Side by side where there is room, one above the other where there is not; a Flow keeps
    // both stories' tops level (a grid would centre the shorter one).
    Flow {
        id: stories

        readonly property bool sideBySide: story.comparing && width > 900 * Theme.scale
        readonly property real columnWidth: sideBySide ? (width - spacing) / 2 : width

        Layout.fillWidth: true
        spacing: Theme.margin

        // Made only while comparing (a Repeater of one): hidden, its stages would still be read out.
        Repeater {
            model: story.comparing ? 1 : 0
            delegate: comparedColumn
        }

        ColumnLayout {
            objectName: "liveStory"
            width: stories.columnWidth
            spacing: Theme.gap

            Text {
                Layout.fillWidth: true
                visible: story.comparing
                //: Heading of the story as the knobs are now set, beside the kept one
                text: qsTr("The story now")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: story.stages
                delegate: StageCard {
                    Layout.fillWidth: true
                    onChosen: (knobId, valueId) => story.choose(knobId, valueId)
                }
            }
        }
    }
    Component {
        id: comparedColumn

        ColumnLayout {
            objectName: "comparedStory"
            width: stories.columnWidth
            spacing: Theme.gap

            Text {
                Layout.fillWidth: true
                //: Heading of the story kept for comparison
                text: qsTr("The story you kept")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: story.comparedSettings
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
            }
            Repeater {
                model: story.compared
                delegate: StageCard {
                    Layout.fillWidth: true
                    offersWhatIf: false
                }
            }
            }
    }
}
