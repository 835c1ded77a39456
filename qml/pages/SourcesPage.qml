pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Every source, grouped by kind, with what it supports and where to read it.
ColumnLayout {
    id: root

    objectName: "sourcesPage"
    spacing: Theme.gap

    SourceListModel {
        id: sources
    }

    PageTitle {
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        text: qsTr("Sources")
    }

    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        focus: true
        model: sources
        spacing: Theme.gap
        leftMargin: Theme.margin
        rightMargin: Theme.margin
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: entry
            required property string citation
            required property string supports
            required property string url
            required property string kindLabel
            required property bool firstOfKind
            width: Math.min(ListView.view.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: 2
            Label {
                visible: entry.firstOfKind
                topPadding: Theme.margin / 2
                bottomPadding: Theme.gap
                text: entry.kindLabel
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: entry.citation
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: entry.supports
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: entry.url !== ""
                text: entry.url
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
