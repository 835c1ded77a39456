pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Dated events from 1996 on, oldest first.
ColumnLayout {
    id: root

    objectName: "timelinePage"
    spacing: Theme.gap

    TimelineModel {
        id: timeline
    }

    PageTitle {
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        text: qsTr("Timeline")
    }

    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
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
            width: Math.min(ListView.view.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: Theme.margin / 2
            Label {
                Layout.preferredWidth: 120 * Theme.scale
                Layout.fillHeight: true
                verticalAlignment: Text.AlignTop
                text: entry.date
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.accent
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: entry.title
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                ContentText {
                    Layout.fillWidth: true
                    html: entry.body
                }
            }
        }
    }
}
