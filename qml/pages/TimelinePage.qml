pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Dated events from 1996 on, oldest first.
ColumnLayout {
    id: root

    objectName: "timelinePage"
    // Left edge of the centred reading column, so titles line up with the list below.
    readonly property real side: Math.max(Theme.margin, (width - Theme.contentWidth) / 2)

    spacing: Theme.gap

    TimelineModel {
        id: timeline
    }

    PageTitle {
        Layout.margins: Theme.margin
        Layout.leftMargin: root.side
        Layout.bottomMargin: 0
        text: qsTr("Timeline")
    }

    ActionButton {
        objectName: "presentTimeline"
        Layout.leftMargin: root.side
        //: Presents the whole timeline to a room, one event a slide
        text: qsTr("Present the timeline")
        onClicked: Navigation.present("timeline")
    }

    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: root.side
        Layout.rightMargin: root.side
        spacing: Theme.gap
        Accessible.role: Accessible.ToolBar
        Accessible.name: qsTr("Show events of one kind")

        Repeater {
            model: timeline.kinds
            delegate: ActionButton {
                id: filterChip
                required property codeLabel modelData
                objectName: "kind-" + (filterChip.modelData.code === "" ? "all" : filterChip.modelData.code)
                text: filterChip.modelData.label
                checkable: true
                checked: timeline.kindFilter === filterChip.modelData.code
                onClicked: timeline.kindFilter = filterChip.modelData.code
            }
        }
    }

    // A readable column, centred in wide windows.
    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ListView {
            objectName: "timelineList"
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.contentWidth + 2 * Theme.margin)
            clip: true
            focus: true
            model: timeline
            spacing: Theme.margin / 2
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: entry
                required property string date
                required property string title
                required property string body
                width: ListView.view.width - 2 * Theme.margin
                spacing: Theme.margin / 2
                Label {
                    textFormat: Text.PlainText
                    // Room for "15 de diciembre de 2011" on two lines.
                    Layout.preferredWidth: 130 * Theme.scale
                    Layout.fillHeight: true
                    verticalAlignment: Text.AlignTop
                    wrapMode: Text.Wrap
                    text: entry.date
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.accent
                }
                // A Column, not a ColumnLayout: it stacks the title and the text by their real,
                // wrapped heights (at 200 % the layout placed the text over a wrapped title).
                Column {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: implicitHeight
                    spacing: 2

                    Label {
                        width: parent.width
                        textFormat: Text.PlainText
                        text: entry.title
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    ContentText {
                        width: parent.width
                        html: entry.body
                    }
                }
            }
        }
    }
}
