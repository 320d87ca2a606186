#include "importwizard.h"

#include "editservice.h"
#include "importjournal.h"
#include "importplanfilterproxy.h"
#include "importplanmodel.h"
#include "importplanner.h"
#include "querycurrentvaluessource.h"
#include "ui_importwizard.h"

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
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString duration(qint64 seconds)
{
    if (seconds < 90)
        return ImportWizard::tr("%1 s").arg(seconds);
    if (seconds < qint64(90) * 60)
        return ImportWizard::tr("%1 min").arg((seconds + 30) / 60);
    return ImportWizard::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 30) / 60);
}
} // namespace

ImportWizard::ImportWizard(PostHogClient *client, EditService *edits, int typeIndex, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_client(client)
    , m_edits(edits)
    , m_typeIndex(typeIndex)
{
    m_ui->setupUi(this);
    setupSourcePage();
    setupMappingPage();
    setupReviewPage();
    setupApplyPage();
    setupSummaryPage();
    // The buttons drive the steps; neither closes the dialog through accept().
    connect(m_ui->nextButton, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // The platform's close icon, as a dialog button box's Close button has.
    m_ui->closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    setStep(Step::Source);

    // An import that stopped (quit, crash, lost network) is offered first.
    const QStringList unfinished = ImportJournal::unfinished();
    if (!unfinished.isEmpty()) {
        m_ui->resumeButton->setText(
            tr("Resume the unfinished import of %1…")
                .arg(QLocale().toString(QFileInfo(unfinished.first()).lastModified(), QLocale::ShortFormat)));
        m_ui->resumeButton->setProperty("journal", unfinished.first());
        m_ui->resumeButton->setVisible(true);
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
    return static_cast<Step>(m_ui->pages->currentIndex());
}

void ImportWizard::setupSourcePage()
{
    connect(m_ui->openButton, &QPushButton::clicked, this, &ImportWizard::openFile);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &ImportWizard::pasteClipboard);
    // Items with data: the mapping reads the choice back as the enum.
    m_ui->emptyCells->addItem(tr("Leave the property as it is"), static_cast<int>(ImportMapping::EmptyCells::Keep));
    m_ui->emptyCells->addItem(tr("Remove the property"), static_cast<int>(ImportMapping::EmptyCells::Unset));
    m_ui->resumeButton->setVisible(false);
    connect(m_ui->resumeButton, &QPushButton::clicked, this,
            [this] { resumeJournal(m_ui->resumeButton->property("journal").toString()); });
}

void ImportWizard::setupMappingPage()
{
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void ImportWizard::setupReviewPage()
{
    // The filter boxes are named by the model's words for the actions.
    const QList<std::pair<QCheckBox *, PlannedGroup::Action>> filters{
        {m_ui->showCreate, PlannedGroup::Action::Create},
        {m_ui->showUpdate, PlannedGroup::Action::Update},
        {m_ui->showUnchanged, PlannedGroup::Action::Unchanged},
        {m_ui->showInvalid, PlannedGroup::Action::Invalid}};
    for (const auto &[box, action] : filters) {
        box->setText(ImportPlanModel::actionText(action));
        // clang 14 (clang-tidy) cannot capture a structured binding, which C++20 allows; copy it.
        const PlannedGroup::Action shown = action;
        connect(box, &QCheckBox::toggled, this, [this, shown](bool on) { m_proxy->setActionVisible(shown, on); });
    }
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ImportWizard::exportDialog);

    m_planModel = new ImportPlanModel(this);
    m_proxy = new ImportPlanFilterProxy(this);
    m_proxy->setSourceModel(m_planModel);
    connect(m_ui->planFilter, &QLineEdit::textChanged, m_proxy, &ImportPlanFilterProxy::setText);
    m_ui->planView->setModel(m_proxy);
    // The file's order until the user clicks a header.
    m_ui->planView->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->planView->horizontalHeader()->setSectionResizeMode(ImportPlanModel::ChangesColumn, QHeaderView::Stretch);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ImportWizard::startApply);
}

void ImportWizard::setupApplyPage()
{
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_applier)
            return;
        if (m_applier->state() == ImportApplier::State::Paused)
            m_applier->resume();
        else
            m_applier->pause();
        updateProgress();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_applier)
            m_applier->cancel();
        showSummary();
    });
}

void ImportWizard::setupSummaryPage()
{
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (!m_applier)
            return;
        m_ui->failures->clear();
        m_applier->retryFailed();
        setStep(Step::Applying);
        updateProgress();
    });
    connect(m_ui->undoButton, &QPushButton::clicked, this, &ImportWizard::undoImport);
}

void ImportWizard::setStep(Step step)
{
    m_ui->pages->setCurrentIndex(static_cast<int>(step));
    m_ui->nextButton->setVisible(step == Step::Source || step == Step::Mapping);
    m_ui->nextButton->setText(step == Step::Mapping ? tr("&Dry run") : tr("&Next"));
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
        m_ui->sourceError->setText(tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
        return;
    }
    m_ui->sourceText->setPlainText(QString::fromUtf8(file.readAll()));
    m_sourceName = path;
}

void ImportWizard::pasteClipboard()
{
    m_ui->sourceText->setPlainText(QApplication::clipboard()->text());
    m_sourceName = tr("pasted table");
}

bool ImportWizard::readSource()
{
    m_table = TableParser::parse(m_ui->sourceText->toPlainText());
    if (m_table.error.isEmpty() && m_table.rows.isEmpty())
        m_table.error = tr("The table has a header row but no groups.");
    m_ui->sourceError->setText(m_table.error);
    if (m_sourceName.isEmpty())
        m_sourceName = tr("pasted table");
    return m_table.error.isEmpty();
}

void ImportWizard::fillMapping()
{
    m_mappingValue = ImportMapping::fromTable(m_table);
    m_ui->keyColumn->clear();
    m_ui->keyColumn->addItems(m_table.header);
    m_ui->keyColumn->setCurrentIndex(m_mappingValue.keyColumn);
    m_ui->mappingTable->setRowCount(static_cast<int>(m_mappingValue.columns.size()));
    for (int c = 0; c < m_mappingValue.columns.size(); ++c) {
        const ImportMapping::Column &column = m_mappingValue.columns.at(c);
        auto *source = new QTableWidgetItem(column.source);
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_ui->mappingTable->setItem(c, 0, source);
        m_ui->mappingTable->setItem(c, 1, new QTableWidgetItem(column.property));
        auto *type = new QComboBox;
        type->setAccessibleName(tr("Type of column %1").arg(column.source));
        for (const auto t : {ImportMapping::ValueType::Text, ImportMapping::ValueType::Number,
                             ImportMapping::ValueType::Boolean, ImportMapping::ValueType::Json})
            type->addItem(ImportMapping::typeName(t), static_cast<int>(t));
        type->setCurrentIndex(static_cast<int>(column.type));
        m_ui->mappingTable->setCellWidget(c, 2, type);
        auto *skip = new QTableWidgetItem;
        skip->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        skip->setCheckState(Qt::Unchecked);
        m_ui->mappingTable->setItem(c, 3, skip);
    }
}

bool ImportWizard::takeMapping()
{
    m_mappingValue.keyColumn = m_ui->keyColumn->currentIndex();
    m_mappingValue.emptyCells = static_cast<ImportMapping::EmptyCells>(m_ui->emptyCells->currentData().toInt());
    for (int c = 0; c < m_mappingValue.columns.size(); ++c) {
        ImportMapping::Column &column = m_mappingValue.columns[c];
        column.property = m_ui->mappingTable->item(c, 1)->text().trimmed();
        column.type = static_cast<ImportMapping::ValueType>(
            qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(c, 2))->currentData().toInt());
        column.skip = m_ui->mappingTable->item(c, 3)->checkState() == Qt::Checked;
    }
    const QString problem = m_mappingValue.problem();
    m_ui->mappingError->setText(problem);
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
    auto *source = new QueryCurrentValuesSource(m_client, this);
    source->setQueryAccess(m_queryAccess);
    m_source = source;
    const int keyCount = static_cast<int>(keys.size());
    const auto describe = [this, keyCount] {
        m_ui->readingText->setText(m_source->describe(keyCount) + QLatin1Char(' ') + tr("Nothing is written yet."));
    };
    describe();
    m_ui->readingBar->setRange(0, std::max(1, keyCount));
    m_ui->readingBar->setValue(0);
    setStep(Step::Reading);
    // The query API may turn out closed to this key: say so, and how long groups/find takes.
    connect(m_source, &CurrentValuesSource::methodChanged, this, describe);
    connect(m_source, &CurrentValuesSource::progress, m_ui->readingBar, &QProgressBar::setValue);
    connect(m_source, &CurrentValuesSource::finished, this, [this, desired](const CurrentValues &values) {
        if (!values.error.isOk()) {
            m_ui->sourceError->setText(values.error.userMessage());
            setStep(m_table.header.isEmpty() ? Step::Source : Step::Mapping);
            m_ui->mappingError->setText(values.error.userMessage());
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
    m_ui->counts->setText(tr("Dry run of %1: %2 to create, %3 to update, %4 unchanged, %5 invalid. Nothing has been "
                             "written yet.")
                              .arg(m_sourceName)
                              .arg(m_plan.count(PlannedGroup::Action::Create))
                              .arg(m_plan.count(PlannedGroup::Action::Update))
                              .arg(m_plan.count(PlannedGroup::Action::Unchanged))
                              .arg(m_plan.count(PlannedGroup::Action::Invalid)));
    const int writes = static_cast<int>(m_plan.writes().size());
    m_ui->applyButton->setText(tr("&Apply %n write(s)", nullptr, writes));
    m_ui->applyButton->setEnabled(writes > 0);
    m_ui->planView->resizeColumnsToContents();
    setStep(Step::Review);
}

void ImportWizard::startApply()
{
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->create(ImportJournal::newPath(), m_typeIndex, m_sourceName, m_plan.writes(), &error)) {
        m_ui->counts->setText(error);
        return;
    }
    applyJournal(std::move(journal));
}

void ImportWizard::resumeJournal(const QString &path)
{
    auto journal = std::make_unique<ImportJournal>();
    QString error;
    if (!journal->open(path, &error)) {
        m_ui->sourceError->setText(error);
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
    m_ui->applyBar->setRange(0, std::max(1, m_applier->total()));
    m_ui->applyBar->setValue(m_applier->doneCount());
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
    m_ui->applyText->setText(text + QLatin1Char('.'));
    m_ui->pauseButton->setText(m_applier->state() == ImportApplier::State::Paused ? tr("&Resume") : tr("&Pause"));
}

void ImportWizard::showSummary()
{
    if (!m_applier)
        return;
    m_ui->failures->clear();
    for (const ImportApplier::Failure &failure : m_applier->failures()) {
        const QString what = failure.op.kind == WriteOp::Kind::Create
                                 ? tr("create %1").arg(failure.op.key)
                                 : tr("%1 of %2").arg(failure.op.name, failure.op.key);
        m_ui->failures->addItem(tr("%1: %2").arg(what, failure.reason));
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
    m_ui->summary->setText(text);
    m_ui->retryButton->setEnabled(!m_applier->failures().isEmpty());
    m_ui->undoButton->setEnabled(!m_undoRun && journal && journal->doneCount() > 0);
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
        m_ui->summary->setText(error);
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
        m_ui->counts->setText(error);
}
