package org.projectledger.platform.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a JDBC batch of inserts goes to the server as multi-row inserts (the driver's
 * {@code reWriteBatchedInserts}): the read models' batches (an audit entry and a chain link per
 * event, the project tables' rows) are then one statement per few hundred rows instead of one per
 * row. Set here rather than in a profile, so that it holds for any PostgreSQL URL a deployment or a
 * test gives, and never reaches H2, which refuses settings it does not know.
 */
@Component
class BatchedInserts implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && !pool.getDataSourceProperties().containsKey("reWriteBatchedInserts")) {
      pool.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return bean;
  }
}
