package org.projectledger.command.write;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.projectledger.api.Currencies;

/** An ISO 4217 currency code such as EUR; {@code null} is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Iso4217.Validator.class)
public @interface Iso4217 {

  String message() default "must be the ISO 4217 code of a currency in circulation, e.g. EUR";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the code against the currencies in circulation. */
  class Validator implements ConstraintValidator<Iso4217, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Currencies.inCirculation(value);
    }
  }
}
