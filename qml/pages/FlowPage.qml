pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// A decision flow: guided mode (one question at a time) beside the whole diagram, or its
// outline as text. Both follow the same FlowModel, so answering, clicking a node or picking
// an outline line all move the same position.
RowLayout {
    id: root

    objectName: "flowPage"
    spacing: 0

    FlowModel {
        id: flow
        flowId: Navigation.pageId
        currentNodeId: Navigation.subId
        onNodeChanged: Navigation.setSubId(currentNodeId)
    }

    // The guided column: the node scrolls, the way back and onward stays in view below it.
    ColumnLayout {
        Layout.fillHeight: true
        Layout.preferredWidth: Math.max(340 * Theme.scale, root.width * 0.4)
        spacing: 0

    ScrollingPage {
        id: guided

        Layout.fillWidth: true
        Layout.fillHeight: true
        maxContentWidth: 560 * Theme.scale
        focus: true

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: flow.title
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: flow.atOutcome
            //: Shown above the end of a decision flow
            text: qsTr("Where this path ends")
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.correct
        }
        PageTitle {
            objectName: "nodeTitle"
            Layout.fillWidth: true
            text: flow.nodeText
            font.pixelSize: Theme.headingSize
        }
        ListenButton {
            objectName: "nodeListen"
            Layout.fillWidth: true
            speech: flow.nodeSpeech
        }
        ContentText {
            Layout.fillWidth: true
            visible: html !== ""
            html: flow.nodeDetail
        }
        OtherLanguage {
            Layout.fillWidth: true
            heading: flow.nodeTextOther
            html: flow.nodeDetailOther
        }
        LocalNotes {
            Layout.fillWidth: true
            model: LocalNoteModel {
                flowId: flow.flowId
                nodeId: flow.currentNodeId
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: flow.answers
                delegate: ActionButton {
                    id: answer
                    required property flowAnswer modelData
                    objectName: "answer-" + answer.modelData.answerId
                    Layout.fillWidth: true
                    text: answer.modelData.buttonText
                    font.pixelSize: Theme.bodySize
                    highlighted: true
                    onClicked: flow.choose(answer.modelData.answerId)
                }
            }
        }

        SourceList {
            Layout.fillWidth: true
            sources: flow.nodeSources
        }
        HandoutNotice {
            Layout.fillWidth: true
        }

    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: actions.implicitHeight + 2 * Theme.gap
        color: Theme.surface
        border.color: Theme.border

        // Wraps: four buttons do not fit the guided column of a small window on one line.
        Flow {
            id: actions

            anchors.fill: parent
            anchors.margins: Theme.gap
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.gap
            ActionButton {
                text: qsTr("Back")
                enabled: flow.canGoBack
                font.pixelSize: Theme.bodySize
                onClicked: flow.back()
            }
            ActionButton {
                //: Saves a printable PDF of this flow: the diagram, then every outcome
                text: qsTr("Handout (PDF)")
                onClicked: Handouts.save(flow.address)
            }
            ActionButton {
                objectName: "shareForPhones"
                //: Saves this flow as one web page for phones (no internet needed), beside "Handout (PDF)"
                text: qsTr("Share for phones")
                //: Read by a screen reader on the "Share for phones" button
                Accessible.description: qsTr("Saves one web page to open on a phone, in English and Spanish. It needs no internet.")
                onClicked: Handouts.share(flow.address)
            }
            ActionButton {
                //: Starts presenter mode (full screen diagram) for this flow
                text: qsTr("Present")
                onClicked: Navigation.present(flow.address)
            }
            ActionButton {
                objectName: "startOver"
                text: qsTr("Start over")
                enabled: flow.canGoBack
                font.pixelSize: Theme.bodySize
                onClicked: flow.restart()
            }
        }
    }
    }

    Rectangle {
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        color: Theme.border
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 0

        TabBar {
            id: views
            objectName: "flowViews"
            Layout.fillWidth: true
            ViewTab {
                //: Tab that shows a decision flow as a diagram
                text: qsTr("Diagram")
                font.pixelSize: Theme.bodySize
            }
            ViewTab {
                //: Tab that shows a decision flow as an indented text outline
                text: qsTr("Outline")
                font.pixelSize: Theme.bodySize
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: views.currentIndex

            FlowDiagram {
                objectName: "flowDiagram"
                flow: flow
            }
            FlowOutline {
                objectName: "flowOutline"
                flow: flow
            }
        }
    }
}
