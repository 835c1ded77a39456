pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Every term with its plain definition, filtered as you type.
ColumnLayout {
    id: root

    objectName: "glossaryPage"
    spacing: Theme.gap

    GlossaryModel {
        id: glossary
        filter: search.text
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.bottomMargin: 0
        spacing: Theme.gap
        PageTitle {
            text: qsTr("Glossary")
        }
        TextField {
            id: search
            Layout.fillWidth: true
            Layout.maximumWidth: 600 * Theme.scale
            focus: true
            placeholderText: qsTr("Filter terms")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Filter terms")
        }
        Label {
            visible: glossary.count === 0
            text: qsTr("No term matches.")
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: glossary
        spacing: Theme.margin / 2
        leftMargin: Theme.margin
        rightMargin: Theme.margin
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: entry
            required property string term
            required property string definition
            width: Math.min(ListView.view.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: entry.term
                font.pixelSize: Theme.subheadingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            ContentText {
                Layout.fillWidth: true
                html: entry.definition
            }
        }
    }
}
