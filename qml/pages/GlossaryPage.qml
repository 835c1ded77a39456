pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Every term with its plain definition, filtered as you type. The address glossary/<term>
// (a search hit) opens it scrolled to that term.
ColumnLayout {
    id: root

    objectName: "glossaryPage"
    readonly property string wantedTerm: Navigation.kind === "glossary" ? Navigation.pageId : ""
    onWantedTermChanged: Qt.callLater(root.showWantedTerm)
    Component.onCompleted: Qt.callLater(root.showWantedTerm)

    function showWantedTerm() {
        if (root.wantedTerm === "")
            return
        search.text = ""
        list.positionViewAtIndex(glossary.rowOf(root.wantedTerm), ListView.Beginning)
    }
    // Left edge of the centred reading column, so titles line up with the list below.
    readonly property real side: Math.max(Theme.margin, (width - Theme.contentWidth) / 2)

    spacing: Theme.gap

    /** A third of the column, for the row of three buttons. */
    readonly property real buttonWidth: root.width > 0 ? (root.width - 2 * root.side - 2 * Theme.gap) / 3 : Infinity

    GlossaryModel {
        id: glossary
        filter: search.text
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.margins: Theme.margin
        Layout.leftMargin: root.side
        Layout.bottomMargin: 0
        spacing: Theme.gap
        PageTitle {
            text: qsTr("Glossary")
        }
        TextField {
            id: search
            objectName: "glossaryFilter"
            Layout.fillWidth: true
            Layout.maximumWidth: 600 * Theme.scale
            focus: true
            placeholderText: qsTr("Filter terms")
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Filter terms")
        }
        // One row (a button's label wraps inside it before the row grows), so the list keeps its
        // room in a short window. The widths come from the page, not the row: no layout loop.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                //: Saves a printable PDF of the whole glossary
                text: qsTr("Handout (PDF)")
                maxWidth: root.buttonWidth
                onClicked: Handouts.save("glossary")
            }
            ActionButton {
                objectName: "shareForPhones"
                //: Saves the whole glossary as one web page for phones (no internet needed), beside "Handout (PDF)"
                text: qsTr("Share for phones")
                maxWidth: root.buttonWidth
                //: Read by a screen reader on the "Share for phones" button
                Accessible.description: qsTr("Saves one web page to open on a phone, in English and Spanish. It needs no internet.")
                onClicked: Handouts.share("glossary")
            }
            ActionButton {
                objectName: "presentGlossary"
                //: Presents the terms listed now (all, or those the filter shows) to a room, one a slide
                text: qsTr("Present these terms")
                maxWidth: root.buttonWidth
                enabled: glossary.count > 0
                onClicked: Navigation.present(glossary.presentAddress)
            }
        }
        HandoutNotice {
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: glossary.count === 0
            text: qsTr("No term matches.")
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
    }

    // A readable column, centred in wide windows.
    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ListView {
            id: list
            objectName: "glossaryList"
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.contentWidth + 2 * Theme.margin)
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
                required property var seeAlso
                required property string termOther
                required property string definitionOther
                required property speechText speech
                width: ListView.view.width - 2 * Theme.margin
                spacing: 2
                Label {
                    textFormat: Text.PlainText
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
                ListenButton {
                    Layout.fillWidth: true
                    speech: entry.speech
                }
                OtherLanguage {
                    Layout.fillWidth: true
                    heading: entry.termOther
                    html: entry.definitionOther
                }
                Flow {
                    id: seeAlsoRow

                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    visible: entry.seeAlso.length > 0

                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("See also:")
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                    }
                    Repeater {
                        model: entry.seeAlso
                        delegate: LinkChip {
                            id: related
                            required property var modelData
                            maxWidth: seeAlsoRow.width
                            text: related.modelData.term
                            onClicked: {
                                search.text = ""
                                list.positionViewAtIndex(glossary.rowOf(related.modelData.termId), ListView.Beginning)
                            }
                        }
                    }
                }
            }
        }
    }
}
