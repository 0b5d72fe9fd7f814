#ifndef PROCTOR_PROGRESS_DATABASE_H
#define PROCTOR_PROGRESS_DATABASE_H

/// Tells the SQLite connection `connection` (a `sqlite3 *`) not to checkpoint its write-ahead log
/// when it closes (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE), which Swift cannot set itself because
/// sqlite3_db_config is variadic. Returns SQLite's result code.
int proctor_keep_log_on_close(void *connection);

#endif
