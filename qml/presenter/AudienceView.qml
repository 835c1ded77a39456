pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// What the room sees: one slide in large type, no navigation chrome. A walkthrough step shows
// its title and text; a flow shows its diagram growing node by node, the newest node lit.
Rectangle {
    id: root

    required property PresentationModel presentation
    readonly property real unit: Math.max(12, height / 36)

    color: Theme.background

    FlowModel {
        id: flow
        flowId: root.presentation.flowId
        currentNodeId: root.presentation.slideId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.unit * 2
        spacing: root.unit
        visible: !root.presentation.blackout && !root.presentation.whiteScreen

        Label {
            textFormat: Text.PlainText
            objectName: "slideTitle"
            Layout.fillWidth: true
            text: root.presentation.slideTitle
            font.pixelSize: root.unit * (root.presentation.isFlow ? 1.8 : 2.6)
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: Settings.bilingual && text !== ""
            text: root.presentation.slideTitleOther
            font.pixelSize: root.unit * (root.presentation.isFlow ? 1.2 : 1.8)
            font.italic: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        // What the presenter's last "what if…" changed here, so the room sees why.
        Text {
            objectName: "slideChange"
            Layout.fillWidth: true
            visible: root.presentation.isWhatIf && text !== ""
            text: root.presentation.slideChange
            textFormat: Text.PlainText
            font.pixelSize: root.unit * 1.1
            font.bold: true
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        // A practice step's officer line, large: the room hears it read, or reads it.
        Text {
            objectName: "slideLine"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.presentation.slideLine
            textFormat: Text.PlainText
            font.pixelSize: root.unit * 1.8
            font.bold: true
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        // Styled text, not rich text: only it can shrink to fit (fontSizeMode), so a long step
        // stays on the slide, above the footer, in the largest type that fits.
        Label {
            objectName: "slideBody"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: root.unit * 20
            visible: !root.presentation.isFlow && !root.presentation.isQuestion
            text: root.presentation.slideBody
            textFormat: Text.StyledText
            linkColor: Theme.link
            font.pixelSize: root.unit * 1.45
            fontSizeMode: Text.Fit
            minimumPixelSize: root.unit * 0.7
            color: Theme.text
            wrapMode: Text.Wrap
            lineHeight: 1.2
            verticalAlignment: Text.AlignTop
            clip: true
            Accessible.name: Prose.plain(root.presentation.slideBody)
        }
        Label {
            objectName: "slideBodyOther"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: root.unit * 10
            visible: Settings.bilingual && !root.presentation.isFlow && !root.presentation.isQuestion
                && root.presentation.slideBodyOther !== ""
            text: root.presentation.slideBodyOther
            textFormat: Text.StyledText
            linkColor: Theme.link
            font.pixelSize: root.unit * 1.1
            fontSizeMode: Text.Fit
            minimumPixelSize: root.unit * 0.6
            font.italic: true
            color: Theme.mutedText
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignTop
            clip: true
            Accessible.name: Prose.plain(root.presentation.slideBodyOther)
        }
        // A drawn paper to read together (the warrant practice); Z enlarges its top half, where
        // the signature line and the issuer are.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: root.unit * 16
            visible: root.presentation.slideDocument !== ""
            clip: true
            Image {
                objectName: "slideDocument"
                anchors.fill: parent
                source: root.presentation.slideDocument
                fillMode: Image.PreserveAspectFit
                transformOrigin: Item.Top
                scale: root.presentation.zoomed ? 1.8 : 1
            }
        }
        // The step's own picture, as on its page.
        Image {
            objectName: "slideIllustration"
            Layout.fillWidth: true
            Layout.preferredHeight: root.unit * 7
            // (The string, not the url: a url is never === "".)
            visible: root.presentation.slideIllustration !== ""
            source: root.presentation.slideIllustration
            fillMode: Image.PreserveAspectFit
            Accessible.ignored: true // decorative: the text says it all
        }
        // The question as a room exercise: the choices by letter; the answer after Next.
        Text {
            objectName: "slideQuestion"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.presentation.slideQuestion
            textFormat: Text.PlainText
            font.pixelSize: root.unit * 1.4
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.presentation.slideChoices.length

            Rectangle {
                id: choiceRow

                required property int index
                readonly property bool isAnswer: index < root.presentation.slideChoices.length
                    && root.presentation.slideChoices[index].shownAsAnswer

                objectName: "slideChoice"
                Layout.fillWidth: true
                implicitHeight: choiceText.implicitHeight + root.unit * 0.6
                radius: Theme.radius
                color: choiceRow.isAnswer ? Theme.outcome : "transparent"
                border.color: choiceRow.isAnswer ? Theme.correct : Theme.border
                border.width: choiceRow.isAnswer ? 3 : 1

                Text {
                    id: choiceText

                    anchors.fill: parent
                    anchors.margins: root.unit * 0.3
                    text: choiceRow.index < root.presentation.slideChoices.length
                        ? root.presentation.slideChoices[choiceRow.index].text : ""
                    textFormat: Text.PlainText
                    font.pixelSize: root.unit * 1.2
                    font.bold: choiceRow.isAnswer
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
        HandBars {
            objectName: "handBars"
            Layout.fillWidth: true
            visible: root.presentation.hasHands
            presentation: root.presentation
            unit: root.unit
        }
        // What keeps the question and its choices together at the top when there is room.
        Item {
            Layout.fillHeight: true
            visible: root.presentation.isQuestion && root.presentation.slideDocument === ""
        }
        Label {
            objectName: "slideAnswer"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.presentation.slideAnswerExplanation
            textFormat: Text.StyledText
            linkColor: Theme.link
            font.pixelSize: root.unit * 1.2
            color: Theme.correct
            wrapMode: Text.Wrap
            Accessible.name: Prose.plain(root.presentation.slideAnswerExplanation)
        }
        FlowDiagram {
            objectName: "slideDiagram"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.presentation.isFlow
            flow: flow
            revealOnly: true
            showControls: false
            textSize: root.unit * 0.9
            minReadableZoom: 0.75 // large type already: a little smaller still reads across a room
            revealedNodes: root.presentation.revealed
            closeUp: root.presentation.zoomed
            interactive: false
        }
        // A local pack's note on the outcome shown, framed and labelled as on the page.
        Repeater {
            model: LocalNoteModel {
                flowId: root.presentation.flowId
                nodeId: root.presentation.slideId
            }
            delegate: Rectangle {
                id: localNote

                required property string text
                required property string from

                objectName: "slideLocalNote"
                Layout.fillWidth: true
                implicitHeight: localColumn.implicitHeight + root.unit
                color: Theme.local
                border.color: Theme.localBorder
                border.width: 2
                radius: Theme.radius

                ColumnLayout {
                    id: localColumn

                    anchors.fill: parent
                    anchors.margins: root.unit / 2
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: localNote.from
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: root.unit * 0.7
                        font.italic: true
                        color: Theme.mutedText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: localNote.text
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: root.unit
                        color: Theme.text
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.presentation.sectionTitle
                font.pixelSize: root.unit * 0.8
                color: Theme.mutedText
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                //: Slide counter in a presentation; %1 this slide, %2 the number of slides
                text: qsTr("%1 / %2").arg(root.presentation.currentIndex + 1).arg(root.presentation.count)
                font.pixelSize: root.unit * 0.8
                color: Theme.mutedText
            }
        }
    }

    // The black screen (B or "."): everything hidden, nothing left lit.
    Rectangle {
        objectName: "blackout"
        anchors.fill: parent
        color: "black"
        visible: root.presentation.blackout
    }
    // The white screen (W or ","): the room looks at the presenter, or at a whiteboard.
    Rectangle {
        objectName: "whiteScreen"
        anchors.fill: parent
        color: "white"
        visible: root.presentation.whiteScreen
    }
}
