pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Guided mode of a decision flow: one question at a time, answers, back and start over.
ScrollingPage {
    id: root

    objectName: "flowPage"
    focus: true

    FlowModel {
        id: flow
        flowId: Navigation.pageId
        currentNodeId: Navigation.subId
        onNodeChanged: Navigation.setSubId(currentNodeId)
    }

    Label {
        Layout.fillWidth: true
        text: flow.title
        font.pixelSize: Theme.subheadingSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    PageTitle {
        objectName: "nodeTitle"
        Layout.fillWidth: true
        text: flow.nodeText
    }
    ContentText {
        Layout.fillWidth: true
        visible: html !== ""
        html: flow.nodeDetail
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        Repeater {
            model: flow.answers
            delegate: Button {
                id: answer
                required property var modelData
                objectName: "answer-" + answer.modelData.answerId
                Layout.fillWidth: true
                text: answer.modelData.answerId === "" ? qsTr("Continue") : answer.modelData.label
                font.pixelSize: Theme.subheadingSize
                highlighted: true
                onClicked: flow.choose(answer.modelData.answerId)
            }
        }
    }

    SourceList {
        Layout.fillWidth: true
        sources: flow.nodeSources
    }

    RowLayout {
        Layout.fillWidth: true
        Button {
            text: qsTr("Back")
            enabled: flow.canGoBack
            font.pixelSize: Theme.bodySize
            onClicked: flow.back()
        }
        Button {
            objectName: "startOver"
            text: qsTr("Start over")
            enabled: flow.canGoBack
            font.pixelSize: Theme.bodySize
            onClicked: flow.restart()
        }
        Item {
            Layout.fillWidth: true
        }
        Label {
            //: How far along a decision flow; %1 is the number of the current question
            text: qsTr("Step %1").arg(flow.path.length)
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
        }
    }
}
