pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import KnowTheLimits

// One stage of the what-if story: where it is, what happens, the rule behind it and its
// sources, what changed and why, and (on the live story) the one "What if…?" that matters here.
Rectangle {
    id: root

    required property string stageId
    required property bool shown
    required property string label
    required property string position
    required property string title
    required property string text
    required property string rule
    required property list<sourceRef> sources
    required property bool changed
    required property string because
    required property string whatIfKnob
    required property string whatIfQuestion
    required property list<whatIfChoice> whatIfChoices
    required property bool ends
    required property string accessibleText
    required property int changeSerial
    /** The kept story of a comparison has no "What if…?": it does not change. */
    property bool offersWhatIf: true
    signal chosen(string knobId, string valueId)

    objectName: "stage-" + stageId
    visible: shown
    implicitHeight: body.implicitHeight + 2 * Theme.margin * 0.75
    radius: Theme.radius
    color: ends ? Theme.outcome : Theme.surface
    border.color: changed ? Theme.accent : Theme.border
    border.width: changed ? 3 : 1

    // A change flashes the stage once (a wash over it, so the card's own colour stays bound);
    // unchanged stages keep still.
    onChangeSerialChanged: flash.restart()
    Rectangle {
        id: wash
        anchors.fill: parent
        radius: root.radius
        color: Theme.pathFill
        opacity: 0
    }
    SequentialAnimation {
        id: flash
        NumberAnimation { target: wash; property: "opacity"; to: 0.8; duration: 120 }
        NumberAnimation { target: wash; property: "opacity"; to: 0; duration: 480 }
    }

    ColumnLayout {
        id: body

        anchors.fill: parent
        anchors.margins: Theme.margin * 0.75
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: root.position
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.mutedText
            Accessible.ignored: true
        }
        // The heading carries the whole stage for a screen reader: its step, what happens, why it changed.
        Text {
            objectName: "stageTitle"
            Layout.fillWidth: true
            text: root.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subheadingSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: root.accessibleText
        }
        Text {
            objectName: "because"
            Layout.fillWidth: true
            visible: root.because !== ""
            text: root.because
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.accent
            Accessible.ignored: true
        }
        ContentText {
            Layout.fillWidth: true
            html: root.text
        }
        Text {
            Layout.fillWidth: true
            //: Heading above the legal rule behind a stage of the what-if story
            text: qsTr("The rule behind it")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.mutedText
        }
        ContentText {
            Layout.fillWidth: true
            html: root.rule
            font.pixelSize: Theme.smallSize
        }
        SourceList {
            Layout.fillWidth: true
            sources: root.sources
        }
        ColumnLayout {
            objectName: "whatIfCard"
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            visible: root.offersWhatIf && root.whatIfKnob !== ""
            spacing: Theme.gap / 2

            Text {
                Layout.fillWidth: true
                text: root.whatIfQuestion
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            KnobChoices {
                Layout.fillWidth: true
                groupName: root.whatIfQuestion
                choices: root.whatIfChoices
                onChosen: (knobId, valueId) => root.chosen(knobId, valueId)
            }
        }
    }
}
