package org.projectledger.command.stakeholders;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.projectledger.api.stakeholders.ForgetStakeholder;
import org.projectledger.platform.privacy.PersonalDataVault;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Crypto-shredding: once the aggregate has accepted {@code ForgetStakeholder}, the stakeholder's
 * key is destroyed in the same transaction that records {@code StakeholderForgotten} — both happen,
 * or neither.
 */
@Component
@Order(35)
class KeyShredding implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final PersonalDataVault vault;

  KeyShredding(PersonalDataVault vault) {
    this.vault = vault;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    Object result = chain.proceed();
    if (unitOfWork.getMessage().getPayload() instanceof ForgetStakeholder forget) {
      vault.shred(forget.stakeholderId());
    }
    return result;
  }
}
