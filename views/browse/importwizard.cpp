#include "importwizard.h"

#include "editservice.h"
#include "findcurrentvaluessource.h"
#include "importjournal.h"
#include "importplanfilterproxy.h"
#include "importplanmodel.h"
#include "importplanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel *wrappedLabel(const QString &text = QString())
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}

QString duration(qint64 seconds)
{
    if (seconds < 90)
        return ImportWizard::tr("%1 s").arg(seconds);
    if (seconds < 90 * 60)
        return ImportWizard::tr("%1 min").arg((seconds + 30) / 60);
    return ImportWizard::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 30) / 60);
}
} // namespace

ImportWizard::ImportWizard(PostHogClient *client, EditService *edits, int typeIndex, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_edits(edits)
    , m_typeIndex(typeIndex)
{
    setWindowTitle(tr("Import groups"));
    setAccessibleName(tr("Import groups"));
    resize(900, 600);
    m_pages = new QStackedWidget(this);
    buildSourcePage();
    buildMappingPage();
    buildReadingPage();
    buildReviewPage();
    buildApplyPage();
    buildSummaryPage();

    auto *buttons = new QDialogButtonBox(this);
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::AcceptRole);
    m_next->setAccessibleName(tr("Next step"));
    m_next->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close the import"));
    // The buttons drive the steps; neither closes the dialog through accept().
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_next, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    setStep(Step::Source);

    // An import that stopped (quit, crash, lost network) is offered first.
    const QStringList unfinished = ImportJournal::unfinished();
    if (!unfinished.isEmpty()) {
        m_resume->setText(tr("Resume the unfinished import of %1…")
                              .arg(QFileInfo(unfinished.first()).lastModified().toString(Qt::TextDate)));
        m_resume->setProperty("journal", unfinished.first());
        m_resume->setVisible(true);
    }
}

ImportWizard::~ImportWizard()
{
    // The applier stops sending with the dialog; its journal resumes the rest later.
    if (m_applier)
        m_applier->cancel();
}

ImportWizard::Step ImportWizard::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

void ImportWizard::buildSourcePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("Open a CSV or TSV file, or paste a table copied from a spreadsheet. The first "
                                      "row names the columns; one column holds the group key.")));
    auto *row = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open file…"));
    open->setAccessibleName(tr("Open a CSV or TSV file"));
    connect(open, &QPushButton::clicked, this, &ImportWizard::openFile);
    auto *paste = new QPushButton(tr("&Paste from clipboard"));
    paste->setAccessibleName(tr("Paste a table from the clipboard"));
    connect(paste, &QPushButton::clicked, this, &ImportWizard::pasteClipboard);
    row->addWidget(open);
    row->addWidget(paste);
    row->addStretch();
    layout->addLayout(row);
    m_sourceText = new QPlainTextEdit;
    m_sourceText->setAccessibleName(tr("Table to import"));
    m_sourceText->setPlaceholderText(tr("key,plan,seats\norg:1,pro,12"));
    m_sourceText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sourceText->setTabChangesFocus(true);
    layout->addWidget(m_sourceText);
    auto *form = new QFormLayout;
    m_empty = new QComboBox;
    m_empty->addItem(tr("Leave the property as it is"), static_cast<int>(ImportMapping::EmptyCells::Keep));
    m_empty->addItem(tr("Remove the property"), static_cast<int>(ImportMapping::EmptyCells::Unset));
    m_empty->setAccessibleName(tr("What an empty cell means"));
    form->addRow(tr("An &empty cell:"), m_empty);
    layout->addLayout(form);
    m_sourceError = wrappedLabel();
    m_sourceError->setStyleSheet(QStringLiteral("color: palette(link);"));
    layout->addWidget(m_sourceError);
    m_resume = new QPushButton;
    m_resume->setAccessibleName(tr("Resume the unfinished import"));
    m_resume->setVisible(false);
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeJournal(m_resume->property("journal").toString()); });
    layout->addWidget(m_resume);
    m_pages->addWidget(page);
}

void ImportWizard::buildMappingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_keyColumn = new QComboBox;
    m_keyColumn->setAccessibleName(tr("Column with the group key"));
    form->addRow(tr("Group &key column:"), m_keyColumn);
    layout->addLayout(form);
    layout->addWidget(wrappedLabel(tr("Each other column writes one property. Rename it, change how its values are "
                                      "typed, or skip it.")));
    m_mapping = new QTableWidget(0, 4);
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Property"), tr("Type"), tr("Skip")});
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    layout->addWidget(m_mapping);
    m_mappingError = wrappedLabel();
    layout->addWidget(m_mappingError);
    m_pages->addWidget(page);
}

void ImportWizard::buildReadingPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_readingText = wrappedLabel();
    m_readingBar = new QProgressBar;
    m_readingBar->setAccessibleName(tr("Reading current values"));
    layout->addWidget(m_readingText);
    layout->addWidget(m_readingBar);
    layout->addStretch();
    m_pages->addWidget(page);
}

void ImportWizard::buildReviewPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_counts = wrappedLabel();
    layout->addWidget(m_counts);
    auto *filters = new QHBoxLayout;
    for (const PlannedGroup::Action action : {PlannedGroup::Action::Create, PlannedGroup::Action::Update,
                                              PlannedGroup::Action::Unchanged, PlannedGroup::Action::Invalid}) {
        auto *box = new QCheckBox(ImportPlanModel::actionText(action));
        box->setChecked(true);
        box->setAccessibleName(tr("Show %1 rows").arg(ImportPlanModel::actionText(action)));
        connect(box, &QCheckBox::toggled, this, [this, action](bool on) { m_proxy->setActionVisible(action, on); });
        filters->addWidget(box);
        m_actionFilters.append(box);
    }
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by key, property or reason"));
    m_filter->setAccessibleName(tr("Filter the plan"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 1);
    auto *exportButton = new QPushButton(tr("E&xport plan…"));
    exportButton->setAccessibleName(tr("Export the plan"));
    connect(exportButton, &QPushButton::clicked, this, &ImportWizard::exportDialog);
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    m_planModel = new ImportPlanModel(this);
    m_proxy = new ImportPlanFilterProxy(this);
    m_proxy->setSourceModel(m_planModel);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ImportPlanFilterProxy::setText);
    m_review = new QTableView;
    m_review->setAccessibleName(tr("Planned changes"));
    m_review->setModel(m_proxy);
    m_review->setSortingEnabled(true);
    // The file's order until the user clicks a header.
    m_review->sortByColumn(-1, Qt::AscendingOrder);
    m_review->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_review->horizontalHeader()->setSectionResizeMode(ImportPlanModel::ChangesColumn, QHeaderView::Stretch);
    m_review->verticalHeader()->hide();
    layout->addWidget(m_review);
    m_apply = new QPushButton;
    m_apply->setAccessibleName(tr("Apply the plan"));
    connect(m_apply, &QPushButton::clicked, this, &ImportWizard::startApply);
    layout->addWidget(m_apply, 0, Qt::AlignRight);
    m_pages->addWidget(page);
}

void ImportWizard::buildApplyPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_applyText = wrappedLabel();
    m_applyBar = new QProgressBar;
    m_applyBar->setAccessibleName(tr("Import progress"));
    auto *row = new QHBoxLayout;
    m_pause = new QPushButton(tr("&Pause"));
    m_pause->setAccessibleName(tr("Pause or resume the import"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_applier)
            return;
        if (m_applier->state() == ImportApplier::State::Paused)
            m_applier->resume();
        else
            m_applier->pause();
        updateProgress();
    });
    m_cancel = new QPushButton(tr("&Cancel import"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->cancel();
        showSummary();
    });
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    row->addStretch();
    layout->addWidget(m_applyText);
    layout->addWidget(m_applyBar);
    layout->addLayout(row);
    layout->addStretch();
    m_pages->addWidget(page);
}

void ImportWizard::buildSummaryPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_summary = wrappedLabel();
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    m_failures = new QListWidget;
    m_failures->setAccessibleName(tr("Failed writes and why"));
    layout->addWidget(m_failures);
    auto *row = new QHBoxLayout;
    m_retry = new QPushButton(tr("&Retry failed"));
    m_retry->setAccessibleName(tr("Retry the failed writes"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_applier)
            return;
        m_failures->clear();
        m_applier->retryFailed();
        setStep(Step::Applying);
        updateProgress();
    });
    m_undo = new QPushButton(tr("&Undo import…"));
    m_undo->setAccessibleName(tr("Undo the import"));
    connect(m_undo, &QPushButton::clicked, this, &ImportWizard::undoImport);
    row->addWidget(m_retry);
    row->addWidget(m_undo);
    row->addStretch();
    layout->addLayout(row);
    m_pages->addWidget(page);
}

void ImportWizard::setStep(Step step)
{
    m_pages->setCurrentIndex(static_cast<int>(step));
    m_next->setVisible(step == Step::Source || step == Step::Mapping);
    m_next->setText(step == Step::Mapping ? tr("&Dry run") : tr("&Next"));
    Q_EMIT stepChanged(step);
}

void ImportWizard::next()
{
    if (step() == Step::Source) {
        if (readSource()) {
            fillMapping();
            setStep(Step::Mapping);
        }
    } else if (step() == Step::Mapping) {
        if (takeMapping())
            startDryRun(ImportPlanner::desired(m_table, m_mappingValue));
    }
}

void ImportWizard::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import groups"), QString(),
                                                      tr("Tables (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_sourceError->setText(tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
        return;
    }
    m_sourceText->setPlainText(QString::fromUtf8(file.readAll()));
    m_sourceName = path;
}

void ImportWizard::pasteClipboard()
{
    m_sourceText->setPlainText(QApplication::clipboard()->text());
    m_sourceName = tr("pasted table");
}

bool ImportWizard::readSource()
{
    m_table = TableParser::parse(m_sourceText->toPlainText());
    if (m_table.error.isEmpty() && m_table.rows.isEmpty())
        m_table.error = tr("The table has a header row but no groups.");
    m_sourceError->setText(m_table.error);
    if (m_sourceName.isEmpty())
        m_sourceName = tr("pasted table");
    return m_table.error.isEmpty();
}

void ImportWizard::fillMapping()
{
    m_mappingValue = ImportMapping::fromTable(m_table);
    m_keyColumn->clear();
    m_keyColumn->addItems(m_table.header);
    m_keyColumn->setCurrentIndex(m_mappingValue.keyColumn);
    m_mapping->setRowCount(static_cast<int>(m_mappingValue.columns.size()));
    for (int c = 0; c < m_mappingValue.columns.size(); ++c) {
        const ImportMapping::Column &column = m_mappingValue.columns.at(c);
        auto *source = new QTableWidgetItem(column.source);
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_mapping->setItem(c, 0, source);
        m_mapping->setItem(c, 1, new QTableWidgetItem(column.property));
        auto *type = new QComboBox;
        type->setAccessibleName(tr("Type of column %1").arg(column.source));
        for (const auto t : {ImportMapping::ValueType::Text, ImportMapping::ValueType::Number,
                             ImportMapping::ValueType::Boolean, ImportMapping::ValueType::Json})
            type->addItem(ImportMapping::typeName(t), static_cast<int>(t));
        type->setCurrentIndex(static_cast<int>(column.type));
        m_mapping->setCellWidget(c, 2, type);
        auto *skip = new QTableWidgetItem;
        skip->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        skip->setCheckState(Qt::Unchecked);
        m_mapping->setItem(c, 3, skip);
    }
}

bool ImportWizard::takeMapping()
{
    m_mappingValue.keyColumn = m_keyColumn->currentIndex();
    m_mappingValue.emptyCells = static_cast<ImportMapping::EmptyCells>(m_empty->currentData().toInt());
    for (int c = 0; c < m_mappingValue.columns.size(); ++c) {
        ImportMapping::Column &column = m_mappingValue.columns[c];
        column.property = m_mapping->item(c, 1)->text().trimmed();
        column.type = static_cast<ImportMapping::ValueType>(
            qobject_cast<QComboBox *>(m_mapping->cellWidget(c, 2))->currentData().toInt());
        column.skip = m_mapping->item(c, 3)->checkState() == Qt::Checked;
    }
    const QString problem = m_mappingValue.problem();
    m_mappingError->setText(problem);
    return problem.isEmpty();
}

void ImportWizard::planSelection(const QList<DesiredGroup> &groups, const QString &description)
{
    m_sourceName = description;
    startDryRun(groups);
}

void ImportWizard::startDryRun(const QList<DesiredGroup> &desired)
{
    const QStringList keys = ImportPlanner::keysToRead(desired);
    delete m_source;
    m_source = new FindCurrentValuesSource(m_client, this);
    m_readingText->setText(tr("Reading the current values of %n group(s) one by one (about %1 at this key's "
                              "request budget). Nothing is written yet.",
                              nullptr, static_cast<int>(keys.size()))
                               .arg(duration(m_source->estimate(static_cast<int>(keys.size())).count())));
    m_readingBar->setRange(0, std::max(1, static_cast<int>(keys.size())));
    m_readingBar->setValue(0);
    setStep(Step::Reading);
    connect(m_source, &CurrentValuesSource::progress, m_readingBar, &QProgressBar::setValue);
    connect(m_source, &CurrentValuesSource::finished, this, [this, desired](const CurrentValues &values) {
        if (!values.error.isOk()) {
            m_sourceError->setText(values.error.userMessage());
            setStep(m_table.header.isEmpty() ? Step::Source : Step::Mapping);
            m_mappingError->setText(values.error.userMessage());
            return;
        }
        m_plan = ImportPlanner::plan(m_typeIndex, desired, values);
        showPlan();
    });
    m_source->start(m_typeIndex, keys);
}

void ImportWizard::showPlan()
{
    m_planModel->setPlan(m_plan);
    m_counts->setText(tr("Dry run of %1: %2 to create, %3 to update, %4 unchanged, %5 invalid. Nothing has been "
                         "written yet.")
                          .arg(m_sourceName)
                          .arg(m_plan.count(PlannedGroup::Action::Create))
                          .arg(m_plan.count(PlannedGroup::Action::Update))
                          .arg(m_plan.count(PlannedGroup::Action::Unchanged))
                          .arg(m_plan.count(PlannedGroup::Action::Invalid)));
    const int writes = static_cast<int>(m_plan.writes().size());
    m_apply->setText(tr("&Apply %n write(s)", nullptr, writes));
    m_apply->setEnabled(writes > 0);
    m_review->resizeColumnsToContents();
    setStep(Step::Review);
}

void ImportWizard::startApply()
{
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->create(ImportJournal::newPath(), m_typeIndex, m_sourceName, m_plan.writes(), &error)) {
        m_counts->setText(error);
        return;
    }
    applyJournal(std::move(journal));
}

void ImportWizard::resumeJournal(const QString &path)
{
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->open(path, &error)) {
        m_sourceError->setText(error);
        return;
    }
    m_typeIndex = journal->typeIndex();
    m_sourceName = journal->source();
    applyJournal(std::move(journal));
}

void ImportWizard::applyJournal(std::unique_ptr<ImportJournal> journal)
{
    delete m_applier;
    m_applier = new ImportApplier(m_edits, this);
    connect(m_applier, &ImportApplier::progress, this, &ImportWizard::updateProgress);
    connect(m_applier, &ImportApplier::writeFinished, this, [this](const WriteOp &op, bool ok, const QString &reason) {
        m_planModel->setOutcome(op.key, ok ? tr("written") : reason);
    });
    connect(m_applier, &ImportApplier::stateChanged, this, [this](ImportApplier::State state) {
        if (state == ImportApplier::State::Finished || state == ImportApplier::State::Broken)
            showSummary();
    });
    setStep(Step::Applying);
    m_applier->start(std::move(journal));
    updateProgress();
}

void ImportWizard::updateProgress()
{
    if (!m_applier)
        return;
    m_applyBar->setRange(0, std::max(1, m_applier->total()));
    m_applyBar->setValue(m_applier->doneCount());
    const qint64 left = m_applier->timeLeft().count();
    QString text = tr("%1 of %2 writes done").arg(m_applier->doneCount()).arg(m_applier->total());
    if (m_applier->writesPerMinute() > 0)
        text += tr(", %1 per minute").arg(m_applier->writesPerMinute(), 0, 'f', 0);
    if (left >= 0)
        text += tr(", about %1 left").arg(duration(left));
    if (!m_applier->failures().isEmpty())
        text += tr(", %n failed", nullptr, static_cast<int>(m_applier->failures().size()));
    if (m_applier->state() == ImportApplier::State::Paused)
        text += tr(" (paused)");
    m_applyText->setText(text + QLatin1Char('.'));
    m_pause->setText(m_applier->state() == ImportApplier::State::Paused ? tr("&Resume") : tr("&Pause"));
}

void ImportWizard::showSummary()
{
    if (!m_applier)
        return;
    m_failures->clear();
    for (const ImportApplier::Failure &failure : m_applier->failures()) {
        const QString what = failure.op.kind == WriteOp::Kind::Create
                                 ? tr("create %1").arg(failure.op.key)
                                 : tr("%1 of %2").arg(failure.op.name, failure.op.key);
        m_failures->addItem(tr("%1: %2").arg(what, failure.reason));
    }
    QString text;
    const ImportJournal *journal = m_applier->journal();
    if (m_applier->state() == ImportApplier::State::Broken) {
        text = tr("Stopped: %1 The journal keeps what was done; resume it when the problem is fixed.")
                   .arg(m_applier->brokenReason());
    } else if (m_applier->state() == ImportApplier::State::Cancelled) {
        text = tr("Cancelled after %1 of %2 writes. Open the import again to resume where it stopped.")
                   .arg(m_applier->doneCount())
                   .arg(m_applier->total());
    } else {
        text = (m_undoRun ? tr("Undo finished: %1 of %2 writes done.") : tr("Import finished: %1 of %2 writes done."))
                   .arg(m_applier->doneCount())
                   .arg(m_applier->total());
    }
    if (!m_applier->failures().isEmpty())
        text += QLatin1Char(' ')
                + tr("%n write(s) failed; the reasons are listed below.", nullptr,
                     static_cast<int>(m_applier->failures().size()));
    if (!m_applier->notices().isEmpty())
        text += QLatin1Char(' ') + m_applier->notices().first();
    if (m_undoRun && !m_createdKeys.isEmpty())
        text += QLatin1Char(' ')
                + tr("PostHog cannot delete groups, so the %n group(s) the import created stay: %1.", nullptr,
                     static_cast<int>(m_createdKeys.size()))
                      .arg(m_createdKeys.join(QStringLiteral(", ")));
    if (journal)
        text += QLatin1Char(' ') + tr("Journal: %1").arg(journal->path());
    m_summary->setText(text);
    m_retry->setEnabled(!m_applier->failures().isEmpty());
    m_undo->setEnabled(!m_undoRun && journal && journal->doneCount() > 0);
    setStep(Step::Summary);
}

void ImportWizard::undoImport()
{
    if (!m_applier || !m_applier->journal())
        return;
    const ImportJournal *done = m_applier->journal();
    const QList<WriteOp> undo = done->undoWrites();
    m_createdKeys = done->createdKeys();
    const auto answer = QMessageBox::question(
        this, tr("Undo import"),
        tr("Restore the %n value(s) this import changed and remove the properties it added?", nullptr,
           static_cast<int>(undo.size()))
            + (m_createdKeys.isEmpty() ? QString()
                                       : QLatin1Char(' ')
                                             + tr("The %n group(s) it created stay (PostHog cannot "
                                                  "delete groups).",
                                                  nullptr, static_cast<int>(m_createdKeys.size()))));
    if (answer != QMessageBox::Yes)
        return;
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->create(done->path() + QStringLiteral(".undo"), done->typeIndex(), done->path(), undo, &error)) {
        m_summary->setText(error);
        return;
    }
    m_undoRun = true;
    applyJournal(std::move(journal));
}

bool ImportWizard::exportPlan(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    for (const PlannedGroup &group : m_plan.groups)
        file.write(QJsonDocument(group.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!file.flush()) {
        *error = tr("Cannot write \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ImportWizard::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plan"), QStringLiteral("import-plan.jsonl"),
                                                      tr("JSON lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPlan(path, &error))
        m_counts->setText(error);
}
